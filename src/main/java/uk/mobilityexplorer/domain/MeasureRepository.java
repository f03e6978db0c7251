package uk.mobilityexplorer.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The measure table, read whole into the {@link Catalogue}. */
@ApplicationScoped
public class MeasureRepository implements PanacheRepositoryBase<Measure, String> {}
