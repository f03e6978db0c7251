package uk.mobilityexplorer.api.v1.dto;

import java.util.List;

/** An area's profile in one edition. */
public record ProfileDto(AreaDto area, String edition, String comparisonMethod, int total, List<ProfileItemDto> items) {
}
