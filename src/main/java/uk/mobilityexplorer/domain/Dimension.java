package uk.mobilityexplorer.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A way of breaking a measure down: a population group (sex, background) or an outcome category. */
@Entity
public class Dimension {
    @Id
    public String code;

    public String label;
    public String kind;
    public String description;
}
