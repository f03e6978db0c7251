package uk.mobilityexplorer.api.v1.dto;

import java.util.List;

/** A short list returned whole: every edition, every dimension. */
public record ItemsDto<T>(List<T> items) {}
