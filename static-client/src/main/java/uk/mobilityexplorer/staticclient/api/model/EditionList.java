package uk.mobilityexplorer.staticclient.api.model;

import java.util.List;

/** Response of {@code GET /api/v1/editions}. */
public record EditionList(List<Edition> items) {
}
