package uk.mobilityexplorer.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A unit of measurement and the decimal places it is usually shown with. */
@Entity
public class Unit extends PanacheEntityBase {
    @Id
    public String code;
    public String label;
    public int decimals;
}
