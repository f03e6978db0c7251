package uk.mobilityexplorer.staticclient.api.model;

/** API paths of one section's rows, as JSON and CSV. */
public record SectionLinks(String observations, String csv) {
}
