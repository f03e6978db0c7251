package uk.mobilityexplorer.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A social mobility measure, stable across editions (keyed by its page slug, not the reused SMC code). */
@Entity
public class Measure {
    @Id
    public String id;

    public String domain;
    public String topic;
    public String title;
    public String polarity;
    public String description;
}
