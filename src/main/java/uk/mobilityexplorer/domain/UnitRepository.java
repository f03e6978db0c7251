package uk.mobilityexplorer.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The unit table, read whole into the {@link Catalogue}. */
@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<Unit, String> {}
