package uk.mobilityexplorer.api.v1.dto;

import java.util.List;

/** Areas side by side on every measure they all have in an edition. */
public record ComparisonDto(String edition, List<ComparedArea> areas, int total, List<ComparedMeasure> measures) {

    /** An area as requested, the area whose figures stand for it, and a note when the two differ. */
    public record ComparedArea(AreaDto.AreaRef area, AreaDto.AreaRef figuresArea, String figuresNote) {}

    /** One measure, one item per area in request order. */
    public record ComparedMeasure(String measure, String title, String polarity, List<Item> items) {}

    /** One area's figure on the measure, its peers' spread and its benchmark. */
    public record Item(String area, ObservationDto observation, PeerDistributionDto peers, BenchmarkDto benchmark) {}
}
