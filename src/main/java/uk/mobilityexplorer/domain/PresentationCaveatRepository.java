package uk.mobilityexplorer.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Which caveats applied where on the Commission's measure pages. */
@ApplicationScoped
public class PresentationCaveatRepository implements PanacheRepository<PresentationCaveat> {

    /** The caveats of a measure's page in an edition, in the order each section or the About notes gave them. */
    public List<PresentationCaveat> inEdition(String measureId, String editionId) {
        return getSession()
                .createNamedSelectionQuery(PresentationCaveat.IN_EDITION, PresentationCaveat.class)
                .setParameter("measure", measureId)
                .setParameter("edition", editionId)
                .getResultList();
    }
}
