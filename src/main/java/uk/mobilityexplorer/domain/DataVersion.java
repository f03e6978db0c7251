package uk.mobilityexplorer.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** The count of imports so far, one row: a replica that sees it change drops what it holds in memory. */
@Entity
@Table(name = "data_version")
@NamedQuery(name = DataVersion.CURRENT, query = "select version from DataVersion where id = 1")
public class DataVersion {
    static final String CURRENT = "DataVersion.current";

    @Id
    public int id;

    public long version;
}
