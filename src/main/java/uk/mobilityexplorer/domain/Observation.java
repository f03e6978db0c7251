package uk.mobilityexplorer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.math.BigDecimal;

/** One published estimate with its interval, base, status and up to four breakdowns. */
@Entity
@NamedQuery(name = Observation.IN_DATASETS, query = "from Observation where datasetId in :datasets order by id")
@NamedQuery(
        name = Observation.IN_EDITION_AFTER,
        query = "from Observation where editionId = :edition and id > :after order by id")
@NamedQuery(
        name = Observation.HEADLINES,
        query = "from Observation where datasetId in :datasets"
                + " and dim1 is null and value is not null order by periodEnd desc nulls last, id")
@NamedQuery(
        name = Observation.ANY_IN_AREAS,
        query = "select 1 from Observation where datasetId in :datasets and areaCode in :areas")
@NamedQuery(
        name = Observation.ANY_WITH_DIMENSION,
        query = "select 1 from Observation where datasetId in :datasets"
                + " and (dim1 = :dimension or dim2 = :dimension or dim3 = :dimension or dim4 = :dimension)")
@NamedQuery(
        name = Observation.PERIODS,
        query = "select period from Observation where datasetId in :datasets"
                + " group by period order by min(periodStart), period")
@NamedQuery(
        name = Observation.CHART_TYPES,
        query = "select distinct chartType from Observation"
                + " where datasetId in :datasets and chartType is not null order by chartType")
public class Observation {
    static final String IN_EDITION_AFTER = "Observation.inEditionAfter";
    static final String IN_DATASETS = "Observation.inDatasets";
    static final String HEADLINES = "Observation.headlines";
    static final String ANY_IN_AREAS = "Observation.anyInAreas";
    static final String ANY_WITH_DIMENSION = "Observation.anyWithDimension";
    static final String PERIODS = "Observation.periods";
    static final String CHART_TYPES = "Observation.chartTypes";

    @Id
    public long id;

    @Column(name = "dataset_id")
    public String datasetId;

    @Column(name = "edition_id")
    public String editionId;

    @Column(name = "measure_id")
    public String measureId;

    @Column(name = "source_line")
    public int sourceLine;

    @Column(name = "area_code")
    public String areaCode;

    @Column(name = "area_published")
    public String areaPublished;

    @Column(name = "area_basis")
    public String areaBasis;

    public String period;

    @Column(name = "period_start")
    public Integer periodStart;

    @Column(name = "period_end")
    public Integer periodEnd;

    @Column(name = "period_kind")
    public String periodKind;

    @Column(name = "period_window")
    public String periodWindow;

    public String dim1;
    public String cat1;
    public String dim2;
    public String cat2;
    public String dim3;
    public String cat3;
    public String dim4;
    public String cat4;

    @Column(name = "band_scheme")
    public String bandScheme;

    @Column(name = "band_rank")
    public Integer bandRank;

    @Column(name = "band_label")
    public String bandLabel;

    @Column(name = "obs_value")
    public BigDecimal value;

    public BigDecimal lci;
    public BigDecimal uci;

    @Column(name = "sample_size")
    public BigDecimal sampleSize;

    public BigDecimal se;

    @Convert(converter = ObservationStatus.StoredAsCode.class)
    public ObservationStatus status;

    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "unit_published")
    public String unitPublished;

    @Column(name = "value_note")
    public String valueNote;

    @Column(name = "chart_type")
    public String chartType;

    public String extras;

    /** Breakdown pairs as [dimension, category], skipping empty slots. */
    public java.util.List<String[]> breakdowns() {
        java.util.List<String[]> out = new java.util.ArrayList<>(4);
        String[][] slots = {{dim1, cat1}, {dim2, cat2}, {dim3, cat3}, {dim4, cat4}};
        for (String[] slot : slots) {
            if (slot[0] != null && !slot[0].isEmpty()) {
                out.add(slot);
            }
        }
        return out;
    }
}
