package uk.mobilityexplorer.api.v1.dto;

import java.util.List;

/** All gaps for a measure, with the method stated once. */
public record GapsDto(
        String measure,
        String edition,
        String dimension,
        String from,
        String to,
        String method,
        long total,
        List<GapDto> items,
        List<PageDto.Warning> warnings) {}
