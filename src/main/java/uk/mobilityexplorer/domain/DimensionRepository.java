package uk.mobilityexplorer.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The dimension table, read whole into the {@link Catalogue}. */
@ApplicationScoped
public class DimensionRepository implements PanacheRepositoryBase<Dimension, String> {
}
