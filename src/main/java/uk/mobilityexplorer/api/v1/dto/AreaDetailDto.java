package uk.mobilityexplorer.api.v1.dto;

import java.util.List;

/** An area with the areas directly under it, where its profile is and, for a council, the areas that hold it. */
public record AreaDetailDto(AreaDto area, List<AreaDto.AreaRef> children, String profile, CouncilDto council) {}
