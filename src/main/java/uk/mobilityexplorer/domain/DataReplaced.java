package uk.mobilityexplorer.domain;

/** Fired after an import has committed new figures for an edition: anything holding older copies must drop them. */
public record DataReplaced(String edition) {
}
