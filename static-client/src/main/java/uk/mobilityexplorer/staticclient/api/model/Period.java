package uk.mobilityexplorer.staticclient.api.model;

/** A period as published, with its first and last year where known. */
public record Period(String label, Integer start, Integer end) {
}
