package uk.mobilityexplorer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A State of the Nation edition and the way it ranked areas. */
@Entity
public class Edition {
    @Id
    public String id;

    public String title;

    @Convert(converter = EditionStatus.StoredAsCode.class)
    public EditionStatus status;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "ranking_method")
    public String rankingMethod;

    @Column(name = "ranking_area_type")
    public String rankingAreaType;

    @Column(name = "ranking_area_count")
    public Integer rankingAreaCount;

    @Column(name = "ranking_group_count")
    public Integer rankingGroupCount;

    @Column(name = "ranking_description")
    public String rankingDescription;

    public boolean isDraft() {
        return status == EditionStatus.DRAFT;
    }
}
