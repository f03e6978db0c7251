package uk.mobilityexplorer.staticclient.api.model;

/** One published headline figure of an area on a measure, in one edition and period, with its band. */
public record SeriesPoint(String edition, Period period, Double value, Double lci, Double uci, Band band, String unit) {
}
