package uk.mobilityexplorer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * One section of the page version that applies to an edition, as the Commission drew it. Null fields are facts the
 * page does not give.
 */
@Entity
@Table(name = "presentation_section")
@NamedQuery(
        name = PresentationSection.IN_EDITION,
        query = "from PresentationSection" + " where measureId = :measure and editionId = :edition order by position")
public class PresentationSection {
    static final String IN_EDITION = "PresentationSection.inEdition";

    @Id
    public long id;

    @Column(name = "measure_id")
    public String measureId;

    @Column(name = "edition_id")
    public String editionId;

    @Column(name = "page_version")
    public String pageVersion;

    @Column(name = "section_key")
    public String key;

    public String heading;

    @Column(name = "position_on_page")
    public int position;

    @Column(name = "chart_title")
    public String chartTitle;
    /** chart, map or table. */
    public String visual;

    public Integer decimals;

    @Column(name = "unit_symbol")
    public String unitSymbol;

    @Column(name = "reverse_polarity")
    public Boolean reversePolarity;
    /** quintile, seven-groups or zscore. */
    public String banding;

    @Column(name = "axis_min")
    public BigDecimal axisMin;

    @Column(name = "axis_max")
    public BigDecimal axisMax;

    @Column(name = "time_period")
    public String timePeriod;
    /** The chart type of the observation rows this section draws; null where no reliable match exists. */
    @Column(name = "chart_type")
    public String chartType;

    @Column(name = "source_location")
    public String source;
}
