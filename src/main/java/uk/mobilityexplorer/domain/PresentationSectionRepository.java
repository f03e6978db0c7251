package uk.mobilityexplorer.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Sections of the Commission's measure pages. */
@ApplicationScoped
public class PresentationSectionRepository implements PanacheRepository<PresentationSection> {

    /** The sections of a measure's page in an edition, in page order. */
    public List<PresentationSection> inEdition(String measureId, String editionId) {
        return getSession()
                .createNamedSelectionQuery(PresentationSection.IN_EDITION, PresentationSection.class)
                .setParameter("measure", measureId)
                .setParameter("edition", editionId)
                .getResultList();
    }
}
