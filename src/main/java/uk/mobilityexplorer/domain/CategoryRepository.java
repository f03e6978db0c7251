package uk.mobilityexplorer.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The category table, read whole into the {@link Catalogue}. */
@ApplicationScoped
public class CategoryRepository implements PanacheRepositoryBase<Category, Category.Key> {}
