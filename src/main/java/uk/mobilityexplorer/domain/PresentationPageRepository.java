package uk.mobilityexplorer.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Page versions of the Commission's measure pages. */
@ApplicationScoped
public class PresentationPageRepository implements PanacheRepository<PresentationPage> {

    /** Every page version of a measure, oldest first. */
    public List<PresentationPage> ofMeasure(String measureId) {
        return getSession()
                .createNamedSelectionQuery(PresentationPage.OF_MEASURE, PresentationPage.class)
                .setParameter("measure", measureId)
                .getResultList();
    }
}
