package uk.mobilityexplorer.staticclient.api.model;

import java.util.List;

/** Response of {@code GET /api/v1/areas/{code}/profile}: an area's headline figure on each measure. */
public record Profile(Area area, String edition, String comparisonMethod, List<ProfileItem> items) {
}
