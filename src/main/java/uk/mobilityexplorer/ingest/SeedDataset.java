package uk.mobilityexplorer.ingest;

import java.math.BigDecimal;
import java.util.List;
import uk.mobilityexplorer.domain.DatasetStatus;

/**
 * One published file (a page version of a measure in an edition), with what the import did to it.
 */
public record SeedDataset(
        String id,
        String edition,
        String measure,
        String pageVersion,
        DatasetStatus status,
        String supersededBy,
        String publishedOn,
        String correctionReason,
        String smcCode,
        String codeInFile,
        String titleInFile,
        String sourceFile,
        String sourceSha256,
        int rowsRead,
        int rowsExcluded,
        int observations,
        BigDecimal valueSum,
        String population,
        String outcome) {

    public static final List<String> COLUMNS = List.of(
            "id",
            "edition",
            "measure",
            "page_version",
            "status",
            "superseded_by",
            "published_on",
            "correction_reason",
            "smc_code",
            "code_in_file",
            "title_in_file",
            "source_file",
            "source_sha256",
            "rows_read",
            "rows_excluded",
            "observations",
            "value_sum",
            "population",
            "outcome");

    public List<String> toCsv() {
        return List.of(
                id,
                edition,
                measure,
                pageVersion,
                status.code(),
                supersededBy,
                publishedOn,
                correctionReason,
                smcCode,
                codeInFile,
                titleInFile,
                sourceFile,
                sourceSha256,
                Integer.toString(rowsRead),
                Integer.toString(rowsExcluded),
                Integer.toString(observations),
                SeedObservation.number(valueSum),
                population,
                outcome);
    }
}
