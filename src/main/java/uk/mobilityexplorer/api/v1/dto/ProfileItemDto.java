package uk.mobilityexplorer.api.v1.dto;

import java.math.BigDecimal;

/** One measure's headline figure for the area, its rank among peers and its difference from the UK. */
public record ProfileItemDto(String measure, String title, String polarity, ObservationDto observation, Integer rank,
        int peerCount, BigDecimal ukValue, BigDecimal differenceFromUk, String comparison) {
}
