package uk.mobilityexplorer.api.v1.dto;

import java.util.List;

/**
 * An area's profile in one edition. {@code figuresArea} is the area whose figures are shown: the area itself, or for
 * a council without figures of its own, the area holding it; {@code figuresNote} then says so.
 */
public record ProfileDto(
        AreaDto area,
        AreaDto.AreaRef figuresArea,
        String figuresNote,
        String edition,
        String comparisonMethod,
        int total,
        List<ProfileItemDto> items) {}
