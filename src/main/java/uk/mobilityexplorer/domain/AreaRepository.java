package uk.mobilityexplorer.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The area table, read whole into the {@link Catalogue}. */
@ApplicationScoped
public class AreaRepository implements PanacheRepositoryBase<Area, String> {}
