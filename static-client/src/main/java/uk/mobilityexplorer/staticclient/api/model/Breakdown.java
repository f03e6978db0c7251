package uk.mobilityexplorer.staticclient.api.model;

/** The category of one dimension an observation is for. */
public record Breakdown(String dimension, String dimensionLabel, String category, String categoryLabel) {
}
