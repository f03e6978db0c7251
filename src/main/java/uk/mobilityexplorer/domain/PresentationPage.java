package uk.mobilityexplorer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One version of the Commission's page for a measure: its edition, date, kind of change and data source. */
@Entity
@Table(name = "presentation_page")
@NamedQuery(
        name = PresentationPage.OF_MEASURE,
        query = "from PresentationPage where measureId = :measure order by publishedOn, id")
public class PresentationPage {
    static final String OF_MEASURE = "PresentationPage.ofMeasure";

    @Id
    public long id;

    @Column(name = "measure_id")
    public String measureId;

    @Column(name = "edition_id")
    public String editionId;

    @Column(name = "page_version")
    public String pageVersion;

    @Column(name = "published_on")
    public LocalDate publishedOn;
    /** first-publication, new-edition or correction. */
    @Column(name = "change_kind")
    public String change;
    /** What a correction changed, in the project's words; null for other changes. */
    @Column(name = "change_note")
    public String changeNote;

    @Column(name = "data_source")
    public String dataSource;
    /** Where the facts were read: {@code pages/<indicator>/<version>.md:<line>}. */
    @Column(name = "source_location")
    public String source;
}
