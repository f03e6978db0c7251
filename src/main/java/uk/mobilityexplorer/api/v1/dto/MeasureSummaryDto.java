package uk.mobilityexplorer.api.v1.dto;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.mobilityexplorer.api.Representations;
import uk.mobilityexplorer.domain.MeasureService;

/** A measure in the catalogue: its stable code, the Commission's code in each edition and where it appears. */
public record MeasureSummaryDto(
        String code,
        String title,
        String domain,
        String topic,
        String polarity,
        String description,
        Map<String, String> smcCodes,
        List<String> editions,
        String self) {

    public static MeasureSummaryDto from(MeasureService.Summary s) {
        var m = s.measure();
        return new MeasureSummaryDto(
                m.id,
                m.title,
                m.domain,
                m.topic,
                m.polarity,
                m.description,
                s.smcCodes(),
                List.copyOf(s.smcCodes().keySet()),
                "/api/v1/measures/" + m.id);
    }

    public static Representations.CsvBody csv(List<MeasureSummaryDto> items) {
        return new Representations.CsvBody(
                List.of("code", "title", "domain", "topic", "polarity", "editions", "smc_codes", "description"),
                items.stream()
                        .map(i -> List.<Object>of(
                                i.code(),
                                i.title(),
                                i.domain(),
                                i.topic(),
                                i.polarity(),
                                String.join(" ", i.editions()),
                                i.smcCodes().entrySet().stream()
                                        .map(x -> x.getKey() + ":" + x.getValue())
                                        .collect(Collectors.joining(" ")),
                                i.description()))
                        .toList());
    }
}
