package uk.mobilityexplorer.staticclient.api.model;

import java.util.List;

/** Response of {@code GET /api/v1/areas/{code}}: the area, its children and, for a council, where its figures are. */
public record AreaDetail(Area area, List<AreaRef> children, CouncilLinks council) {
}
