package uk.mobilityexplorer.staticclient.api.model;

/** The group the Commission placed an area in: quintile 1 to 5, or one of five or seven named groups. */
public record Band(String scheme, int rank, String label) {
}
