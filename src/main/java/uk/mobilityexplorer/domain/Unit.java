package uk.mobilityexplorer.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A unit of measurement and the decimal places it is usually shown with. */
@Entity
public class Unit {
    @Id
    public String code;

    public String label;
    public int decimals;
}
