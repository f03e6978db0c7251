package uk.mobilityexplorer.staticclient.api.model;

/** One published version of a measure's page: edition, version, date and kind of change. */
public record HistoryEntry(String edition, String pageVersion, String published, String change, String note) {
}
