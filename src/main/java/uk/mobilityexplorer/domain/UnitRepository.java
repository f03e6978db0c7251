package uk.mobilityexplorer.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The unit table, read whole into the {@link Catalogue}. */
@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<Unit, String> {
}
