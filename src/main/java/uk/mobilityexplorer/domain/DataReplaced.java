package uk.mobilityexplorer.domain;

/**
 * Fired after an import has committed new figures: anything holding older copies must drop them. {@code draftOnly}
 * says that only a draft edition changed, so responses pinned to a published edition, immutable by contract, are
 * still true. It is false when the change was noticed through the data version (another replica's import), because
 * then what changed is not known.
 */
public record DataReplaced(boolean draftOnly) {}
