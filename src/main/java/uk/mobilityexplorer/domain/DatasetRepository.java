package uk.mobilityexplorer.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The dataset table, read whole into the {@link Catalogue}. */
@ApplicationScoped
public class DatasetRepository implements PanacheRepositoryBase<Dataset, String> {}
