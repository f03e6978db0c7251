package uk.mobilityexplorer.domain;

/**
 * Fired after an import has committed new figures: anything holding older copies must drop them. {@code edition} is
 * null when the change was noticed through the data version (another replica's import) rather than made here.
 */
public record DataReplaced(String edition) {
}
