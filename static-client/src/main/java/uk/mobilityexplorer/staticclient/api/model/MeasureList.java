package uk.mobilityexplorer.staticclient.api.model;

import java.util.List;

/** Response of {@code GET /api/v1/measures}. */
public record MeasureList(List<MeasureSummary> items) {
}
