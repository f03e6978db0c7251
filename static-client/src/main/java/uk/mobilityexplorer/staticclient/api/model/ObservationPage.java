package uk.mobilityexplorer.staticclient.api.model;

import java.util.List;

/** A page of {@code GET /api/v1/measures/{code}/observations}. */
public record ObservationPage(List<Observation> items, PageLinks links) {
}
