package uk.mobilityexplorer.api.v1;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import uk.mobilityexplorer.api.Representations;
import uk.mobilityexplorer.api.v1.query.CompareParams;
import uk.mobilityexplorer.domain.EditionResolver;
import uk.mobilityexplorer.domain.ProfileService;

/** Up to four areas side by side on every measure they share. */
@Path("/api/v1/areas/compare")
public class AreaComparisonResource {

    private final EditionResolver editions;
    private final ProfileService profiles;
    private final ObservationMapper mapper;
    private final Representations representations;

    public AreaComparisonResource(
            EditionResolver editions,
            ProfileService profiles,
            ObservationMapper mapper,
            Representations representations) {
        this.editions = editions;
        this.profiles = profiles;
        this.mapper = mapper;
        this.representations = representations;
    }

    @GET
    public Response compare(@BeanParam CompareParams q, @Context Request request) {
        var edition = editions.named(q.edition());
        var body = mapper.comparison(edition.edition(), profiles.compare(q.areaList(), edition.edition()));
        return representations.json(request, body, edition.pinned());
    }
}
