package uk.mobilityexplorer.staticclient.api.model;

import java.util.List;

/** One published figure: where, when, for whom, its value and interval, and its published band. */
public record Observation(AreaRef area, String areaPublished, Period period, List<Breakdown> breakdowns, Band band,
        Double value, Double lci, Double uci, Unit unit, String chartType) {

    /** The area's current name, or the name as published when the area has no code. */
    public String areaName() {
        return area == null ? areaPublished : area.name();
    }
}
