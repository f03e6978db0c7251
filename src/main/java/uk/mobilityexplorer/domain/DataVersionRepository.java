package uk.mobilityexplorer.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads the data version; the loader's import transaction increments it. */
@ApplicationScoped
public class DataVersionRepository implements PanacheRepositoryBase<DataVersion, Integer> {

    /** The version now in the database, read afresh rather than from the session. */
    public long current() {
        return getSession()
                .createNamedSelectionQuery(DataVersion.CURRENT, Long.class)
                .getSingleResult();
    }
}
