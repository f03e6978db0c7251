package uk.mobilityexplorer.staticclient.api.model;

/** A category of a dimension. */
public record Category(String code, String label) {
}
