package uk.mobilityexplorer.api.v1.dto;

import java.util.List;
import java.util.Map;

import uk.mobilityexplorer.domain.Measure;

/** A measure in the catalogue: its stable code, the Commission's code in each edition and where it appears. */
public record MeasureSummaryDto(String code, String title, String domain, String topic, String polarity,
        String description, Map<String, String> smcCodes, List<String> editions, String self) {

    public static MeasureSummaryDto from(Measure m, Map<String, String> smcCodes) {
        return new MeasureSummaryDto(m.id, m.title, m.domain, m.topic, m.polarity, m.description, smcCodes,
                List.copyOf(smcCodes.keySet()), "/api/v1/measures/" + m.id);
    }
}
