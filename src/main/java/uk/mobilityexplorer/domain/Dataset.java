package uk.mobilityexplorer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One published file: a page version of a measure within an edition, current, superseded or draft. */
@Entity
public class Dataset {
    @Id
    public String id;

    @Column(name = "edition_id")
    public String editionId;

    @Column(name = "measure_id")
    public String measureId;

    @Column(name = "page_version")
    public String pageVersion;

    @Convert(converter = DatasetStatus.StoredAsCode.class)
    public DatasetStatus status;

    @Column(name = "superseded_by")
    public String supersededBy;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "correction_reason")
    public String correctionReason;

    @Column(name = "smc_code")
    public String smcCode;

    @Column(name = "code_in_file")
    public String codeInFile;

    @Column(name = "title_in_file")
    public String titleInFile;

    @Column(name = "source_file")
    public String sourceFile;

    @Column(name = "source_sha256")
    public String sourceSha256;

    @Column(name = "rows_read")
    public int rowsRead;

    @Column(name = "rows_excluded")
    public int rowsExcluded;

    @Column(name = "observation_count")
    public int observationCount;

    @Column(name = "value_sum")
    public BigDecimal valueSum;

    public String population;
    public String outcome;

    /** Served unless asked for by page version: every dataset but one a correction superseded. */
    public boolean isServedByDefault() {
        return status != DatasetStatus.SUPERSEDED;
    }
}
