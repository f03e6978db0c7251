package uk.mobilityexplorer.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The category table, read whole into the {@link Catalogue}. */
@ApplicationScoped
public class CategoryRepository implements PanacheRepositoryBase<Category, Category.Key> {
}
