package uk.mobilityexplorer.api.v1.dto;

import java.util.List;

/** A dimension and its categories in display order. */
public record DimensionDto(String code, String label, String kind, String description, List<CategoryDto> categories) {

    /** One category. */
    public record CategoryDto(String code, String label) {
    }
}
