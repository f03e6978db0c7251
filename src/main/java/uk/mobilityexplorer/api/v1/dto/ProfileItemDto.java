package uk.mobilityexplorer.api.v1.dto;

import java.math.BigDecimal;
import java.util.List;

/**
 * One measure's headline figure for the area, its rank among peers, its difference from the UK, the peers' spread
 * for the same period, its benchmark and its figures over every period and edition.
 */
public record ProfileItemDto(
        String measure,
        String title,
        String polarity,
        ObservationDto observation,
        Integer rank,
        int peerCount,
        BigDecimal ukValue,
        BigDecimal differenceFromUk,
        String comparison,
        PeerDistributionDto peers,
        BenchmarkDto benchmark,
        List<SeriesPointDto> series) {}
