package uk.mobilityexplorer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;

/** One category of a dimension, in display order. */
@Entity
@IdClass(Category.Key.class)
public class Category {
    @Id
    @Column(name = "dimension_code")
    public String dimensionCode;

    @Id
    public String code;

    public String label;

    @Column(name = "sort_order")
    public int sortOrder;

    /** Composite key: dimension code and category code. */
    public record Key(String dimensionCode, String code) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
