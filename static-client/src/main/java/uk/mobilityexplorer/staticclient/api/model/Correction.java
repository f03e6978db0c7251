package uk.mobilityexplorer.staticclient.api.model;

/** A correction published within an edition: the page version it replaced, when and why. */
public record Correction(String measure, String title, String pageVersion, String replacesVersion, String publishedOn,
        String reason) {
}
