package uk.mobilityexplorer.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The closed list of caveat codes. */
@ApplicationScoped
public class CaveatRepository implements PanacheRepositoryBase<Caveat, String> {

    public List<Caveat> all() {
        return getSession().createNamedSelectionQuery(Caveat.ALL, Caveat.class).getResultList();
    }
}
