package uk.mobilityexplorer.staticclient.api.model;

import java.util.List;

/**
 * One measure in one edition ({@code GET /api/v1/measures/{code}?edition=}); {@code presentation} is null when the
 * Commission's page sources give no facts for it, or while the API does not serve them yet.
 */
public record Measure(String code, String title, String description, String polarity, String edition,
        String smcCode, double ciLevel, List<Unit> units, List<String> methodNotes, String source, String licence,
        List<Dataset> datasets, List<Dimension> dimensions, MeasureLinks links, Presentation presentation) {
}
