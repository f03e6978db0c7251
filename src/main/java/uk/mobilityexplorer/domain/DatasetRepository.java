package uk.mobilityexplorer.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The dataset table, read whole into the {@link Catalogue}. */
@ApplicationScoped
public class DatasetRepository implements PanacheRepositoryBase<Dataset, String> {
}
