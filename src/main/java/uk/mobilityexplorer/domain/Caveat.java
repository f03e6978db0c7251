package uk.mobilityexplorer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/**
 * A caveat of the project's closed list: what a reader needs to know beside a chart (kind inset or warning) or about
 * a measure's data (kind about), in the project's own words.
 */
@Entity
@NamedQuery(name = Caveat.ALL, query = "from Caveat order by code")
public class Caveat {
    static final String ALL = "Caveat.all";

    @Id
    public String code;

    public String kind;

    @Column(name = "caveat_text")
    public String text;
}
