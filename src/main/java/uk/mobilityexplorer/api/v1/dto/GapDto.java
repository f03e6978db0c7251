package uk.mobilityexplorer.api.v1.dto;

import java.math.BigDecimal;

/** A gap between two categories of one dimension, with its interval and the method used. */
public record GapDto(
        ObservationDto from,
        ObservationDto to,
        BigDecimal difference,
        BigDecimal lci,
        BigDecimal uci,
        String significance) {}
