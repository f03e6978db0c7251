package uk.mobilityexplorer.api.v1.dto;

import java.util.List;
import java.util.Map;
import uk.mobilityexplorer.domain.Catalogue;
import uk.mobilityexplorer.domain.MeasureService;

/** Full metadata of a measure within one edition, with what is available to query. */
public record MeasureDto(
        String code,
        String title,
        String description,
        String domain,
        String topic,
        String polarity,
        String edition,
        String smcCode,
        double ciLevel,
        List<UnitDto> units,
        List<String> methodNotes,
        String source,
        String licence,
        List<DatasetDto> datasets,
        List<DimensionDto> dimensions,
        List<String> areaTypes,
        List<String> periods,
        Map<String, Integer> observationCounts,
        Links links,
        PresentationDto presentation) {

    /** Where to go next. */
    public record Links(String self, String observations, String csv) {}

    public static MeasureDto from(MeasureService.Details d, Catalogue.Snapshot s) {
        var m = d.measure();
        String edition = d.edition().id;
        String self = "/api/v1/measures/" + m.id + "?edition=" + edition;
        String observations = "/api/v1/measures/" + m.id + "/observations?edition=" + edition;
        return new MeasureDto(
                m.id,
                m.title,
                m.description,
                m.domain,
                m.topic,
                m.polarity,
                edition,
                d.current().isEmpty() ? null : d.current().get(0).smcCode,
                0.95,
                d.units().stream().map(UnitDto::from).toList(),
                d.notes(),
                d.source(),
                "Open Government Licence v3.0",
                d.datasets().stream().map(DatasetDto::from).toList(),
                DimensionDto.listOf(s, d.categoriesUsed()),
                d.areaTypes(),
                d.periods(),
                d.observationCounts(),
                new Links(self, observations, observations + "&format=csv"),
                PresentationDto.from(d.presentation(), m.id, edition));
    }
}
