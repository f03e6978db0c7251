package uk.mobilityexplorer.api.v1.dto;

import java.time.LocalDate;
import uk.mobilityexplorer.domain.Dataset;

/** One published file behind a measure: its version, status, source and what the import did to it. */
public record DatasetDto(
        String edition,
        String pageVersion,
        String status,
        LocalDate publishedOn,
        String supersededBy,
        String correctionReason,
        String smcCode,
        String sourceFile,
        String sourceSha256,
        int rowsRead,
        int rowsExcluded,
        int observationCount,
        String population,
        String outcome) {

    public static DatasetDto from(Dataset d) {
        String supersededBy =
                d.supersededBy == null ? null : d.supersededBy.substring(d.supersededBy.lastIndexOf('/') + 1);
        return new DatasetDto(
                d.editionId,
                d.pageVersion,
                d.status.code(),
                d.publishedOn,
                supersededBy,
                d.correctionReason,
                d.smcCode,
                d.sourceFile,
                d.sourceSha256,
                d.rowsRead,
                d.rowsExcluded,
                d.observationCount,
                d.population,
                d.outcome);
    }
}
