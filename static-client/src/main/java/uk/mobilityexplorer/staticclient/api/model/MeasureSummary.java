package uk.mobilityexplorer.staticclient.api.model;

import java.util.List;

/** A catalogue entry: a measure and the editions that publish it, oldest first. */
public record MeasureSummary(String code, String title, String domain, List<String> editions) {
}
