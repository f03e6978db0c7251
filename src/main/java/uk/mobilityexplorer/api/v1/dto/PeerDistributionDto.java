package uk.mobilityexplorer.api.v1.dto;

import java.math.BigDecimal;
import uk.mobilityexplorer.domain.PeerDistribution;

/** The spread of a figure among areas of one type for one period: enough to draw a spine chart. */
public record PeerDistributionDto(
        String areaType,
        String period,
        int count,
        BigDecimal min,
        BigDecimal lowerQuartile,
        BigDecimal median,
        BigDecimal upperQuartile,
        BigDecimal max) {

    public static PeerDistributionDto from(PeerDistribution d, String areaType, String period) {
        return d == null
                ? null
                : new PeerDistributionDto(
                        areaType,
                        period,
                        d.count(),
                        d.min(),
                        d.lowerQuartile(),
                        d.median(),
                        d.upperQuartile(),
                        d.max());
    }
}
