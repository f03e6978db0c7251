package uk.mobilityexplorer.staticclient.api.model;

import java.util.List;

/** Response of {@code GET /api/v1/areas?type=}. */
public record AreaList(List<Area> items) {
}
