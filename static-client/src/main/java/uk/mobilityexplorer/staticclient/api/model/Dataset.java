package uk.mobilityexplorer.staticclient.api.model;

/** A published file behind a measure: page version, status and any correction. */
public record Dataset(String pageVersion, String status, String publishedOn, String supersededBy,
        String correctionReason) {
}
