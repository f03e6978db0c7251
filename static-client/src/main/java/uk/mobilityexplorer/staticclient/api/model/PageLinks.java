package uk.mobilityexplorer.staticclient.api.model;

/** Paging links; {@code next} is null on the last page. */
public record PageLinks(String next) {
}
