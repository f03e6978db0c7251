package uk.mobilityexplorer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A caveat code that applied to a section of a measure's page in an edition, or to its data (section null). */
@Entity
@Table(name = "presentation_caveat")
@NamedQuery(
        name = PresentationCaveat.IN_EDITION,
        query = "from PresentationCaveat"
                + " where measureId = :measure and editionId = :edition order by position, id")
public class PresentationCaveat {
    static final String IN_EDITION = "PresentationCaveat.inEdition";

    @Id
    public long id;

    @Column(name = "measure_id")
    public String measureId;

    @Column(name = "edition_id")
    public String editionId;

    @Column(name = "section_key")
    public String sectionKey;

    @Column(name = "caveat_code")
    public String code;

    @Column(name = "position_on_page")
    public int position;
}
