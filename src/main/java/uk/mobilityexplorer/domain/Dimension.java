package uk.mobilityexplorer.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A way of breaking a measure down: a population group (sex, background) or an outcome category. */
@Entity
public class Dimension extends PanacheEntityBase {
    @Id
    public String code;
    public String label;
    public String kind;
    public String description;
}
