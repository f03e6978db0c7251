package uk.mobilityexplorer.staticclient.api.model;

import java.util.List;

/** Response of {@code GET /api/v1/editions/{id}/changes?since=}. */
public record Changes(String edition, String since, List<MeasureRef> added, List<MeasureRef> removed,
        List<MeasureRef> revised, List<Correction> corrected) {
}
