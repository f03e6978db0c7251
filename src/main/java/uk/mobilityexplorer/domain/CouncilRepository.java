package uk.mobilityexplorer.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The council table, read whole into the {@link Catalogue}. */
@ApplicationScoped
public class CouncilRepository implements PanacheRepositoryBase<Council, String> {}
