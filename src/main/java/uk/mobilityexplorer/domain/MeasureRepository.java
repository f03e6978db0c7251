package uk.mobilityexplorer.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The measure table, read whole into the {@link Catalogue}. */
@ApplicationScoped
public class MeasureRepository implements PanacheRepositoryBase<Measure, String> {
}
