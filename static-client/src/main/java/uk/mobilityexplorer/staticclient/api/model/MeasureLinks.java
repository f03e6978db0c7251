package uk.mobilityexplorer.staticclient.api.model;

/** API paths of a measure in an edition: itself, its observations and their CSV. */
public record MeasureLinks(String csv) {
}
