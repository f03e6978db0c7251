package uk.mobilityexplorer.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The area table, read whole into the {@link Catalogue}. */
@ApplicationScoped
public class AreaRepository implements PanacheRepositoryBase<Area, String> {
}
