package uk.mobilityexplorer.staticclient.api.model;

/** A measure added, removed or revised between two editions. */
public record MeasureRef(String measure, String title) {
}
