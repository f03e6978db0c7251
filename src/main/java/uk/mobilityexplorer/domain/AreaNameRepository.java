package uk.mobilityexplorer.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The area_name table, read whole into the {@link Catalogue}'s area search. */
@ApplicationScoped
public class AreaNameRepository implements PanacheRepositoryBase<AreaName, AreaName.Key> {}
