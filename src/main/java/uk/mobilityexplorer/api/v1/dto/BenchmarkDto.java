package uk.mobilityexplorer.api.v1.dto;

import java.math.BigDecimal;
import uk.mobilityexplorer.domain.Benchmark;

/** What a figure was compared with, the outcome, how it was decided and why that benchmark. */
public record BenchmarkDto(
        String kind, AreaDto.AreaRef area, BigDecimal value, String outcome, String method, String reason) {

    public static BenchmarkDto from(Benchmark b, AreaDto.AreaRef area) {
        return new BenchmarkDto(
                b.kind().code(),
                area,
                b.value(),
                b.outcome().code(),
                b.method().code(),
                b.reason().code());
    }
}
