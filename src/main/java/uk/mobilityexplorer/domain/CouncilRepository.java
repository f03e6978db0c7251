package uk.mobilityexplorer.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The council table, read whole into the {@link Catalogue}. */
@ApplicationScoped
public class CouncilRepository implements PanacheRepositoryBase<Council, String> {
}
