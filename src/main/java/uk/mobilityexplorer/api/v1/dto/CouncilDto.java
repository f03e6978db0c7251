package uk.mobilityexplorer.api.v1.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A council's place among the areas that carry figures, and a sentence saying whose figures it gets. */
public record CouncilDto(
        String status,
        List<String> replacedBy,
        String link,
        List<CompositeArea> compositeAreas,
        AreaDto.AreaRef itl2,
        @JsonProperty("itl2_2025") AreaDto.AreaRef itl2of2025,
        AreaDto.AreaRef nation,
        String figuresNote) {

    /** The Commission's area holding the council in one edition. */
    public record CompositeArea(String edition, AreaDto.AreaRef area) {}
}
