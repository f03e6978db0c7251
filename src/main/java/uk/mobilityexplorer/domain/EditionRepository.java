package uk.mobilityexplorer.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The edition table, read whole into the {@link Catalogue}. */
@ApplicationScoped
public class EditionRepository implements PanacheRepositoryBase<Edition, String> {
}
