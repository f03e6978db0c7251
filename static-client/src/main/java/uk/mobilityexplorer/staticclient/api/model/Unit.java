package uk.mobilityexplorer.staticclient.api.model;

/** A unit of measurement with the number of decimals the Commission publishes it to. */
public record Unit(String code, String label, int decimals) {
}
