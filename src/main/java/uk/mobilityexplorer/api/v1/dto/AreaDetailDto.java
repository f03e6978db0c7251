package uk.mobilityexplorer.api.v1.dto;

import java.util.List;

/** An area with the areas directly under it and where its profile is. */
public record AreaDetailDto(AreaDto area, List<AreaDto.AreaRef> children, String profile) {
}
