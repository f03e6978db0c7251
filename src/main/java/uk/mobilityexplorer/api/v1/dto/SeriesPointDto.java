package uk.mobilityexplorer.api.v1.dto;

import java.math.BigDecimal;

/** One published headline figure of an area, in one edition and period, with its band. */
public record SeriesPointDto(
        String edition,
        ObservationDto.Period period,
        BigDecimal value,
        BigDecimal lci,
        BigDecimal uci,
        ObservationDto.Band band,
        String unit) {}
