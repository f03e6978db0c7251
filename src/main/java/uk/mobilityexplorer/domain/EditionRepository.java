package uk.mobilityexplorer.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The edition table, read whole into the {@link Catalogue}. */
@ApplicationScoped
public class EditionRepository implements PanacheRepositoryBase<Edition, String> {}
