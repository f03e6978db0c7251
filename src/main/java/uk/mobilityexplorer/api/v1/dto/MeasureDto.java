package uk.mobilityexplorer.api.v1.dto;

import java.util.List;
import java.util.Map;

/** Full metadata of a measure within one edition, with what is available to query. */
public record MeasureDto(String code, String title, String description, String domain, String topic,
        String polarity, String edition, String smcCode, double ciLevel, List<UnitDto> units,
        List<String> methodNotes, String source, String licence, List<DatasetDto> datasets,
        List<DimensionDto> dimensions, List<String> areaTypes, List<String> periods,
        Map<String, Integer> observationCounts, Links links) {

    /** Where to go next. */
    public record Links(String self, String observations, String csv) {
    }
}
