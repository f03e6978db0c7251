package uk.mobilityexplorer.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The dimension table, read whole into the {@link Catalogue}. */
@ApplicationScoped
public class DimensionRepository implements PanacheRepositoryBase<Dimension, String> {}
