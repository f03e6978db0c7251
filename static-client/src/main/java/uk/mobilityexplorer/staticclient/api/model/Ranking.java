package uk.mobilityexplorer.staticclient.api.model;

/** How an edition groups areas on its composite indices (quintiles, five or seven groups). */
public record Ranking(String description) {
}
