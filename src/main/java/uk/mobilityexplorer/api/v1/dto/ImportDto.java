package uk.mobilityexplorer.api.v1.dto;

import java.util.List;

/** The result of replacing an edition's figures from uploaded files: counts, and every repair the importer made. */
public record ImportDto(String edition, int files, int datasets, int observations, List<String> repairs) {}
