package uk.mobilityexplorer.api.v1.dto;

import java.math.BigDecimal;
import java.util.List;

/** One estimate, with labels beside every code. */
public record ObservationDto(
        AreaDto.AreaRef area,
        String areaPublished,
        String areaBasis,
        Period period,
        List<Breakdown> breakdowns,
        Band band,
        BigDecimal value,
        BigDecimal lci,
        BigDecimal uci,
        BigDecimal sampleSize,
        BigDecimal se,
        UnitDto unit,
        String status,
        String note,
        String chartType,
        String source) {

    /** The period as published and as parsed. */
    public record Period(String label, Integer start, Integer end, String kind, String window) {}

    /** A breakdown: dimension and category, codes and labels. */
    public record Breakdown(String dimension, String dimensionLabel, String category, String categoryLabel) {}

    /** The area's band on a map or ranking (quintile or composite-index group). */
    public record Band(String scheme, int rank, String label) {}
}
