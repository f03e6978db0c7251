package uk.mobilityexplorer.staticclient.api.model;

/** A breakdown of a measure (a group dimension such as sex, or an outcome such as qualification). */
public record Dimension(String code, String label) {
}
