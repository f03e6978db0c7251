package uk.mobilityexplorer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A lower-cased name an area is known by, within one of the importer's name lookups; other names included. */
@Entity
@Table(name = "area_name")
@IdClass(AreaName.Key.class)
public class AreaName {
    @Id
    public String lookup;

    @Id
    @Column(name = "name_key")
    public String nameKey;

    public String code;

    /** The composite key: lookup and name. */
    public static class Key implements Serializable {
        public String lookup;
        public String nameKey;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(lookup, k.lookup) && Objects.equals(nameKey, k.nameKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(lookup, nameKey);
        }
    }
}
