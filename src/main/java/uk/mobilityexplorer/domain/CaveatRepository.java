package uk.mobilityexplorer.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The closed list of caveat codes. */
@ApplicationScoped
public class CaveatRepository implements PanacheRepositoryBase<Caveat, String> {

    public List<Caveat> all() {
        return getSession().createNamedSelectionQuery(Caveat.ALL, Caveat.class).getResultList();
    }
}
