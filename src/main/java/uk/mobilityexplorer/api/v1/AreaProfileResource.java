package uk.mobilityexplorer.api.v1;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import uk.mobilityexplorer.api.Representations;
import uk.mobilityexplorer.api.v1.query.ProfileParams;
import uk.mobilityexplorer.domain.Catalogue;
import uk.mobilityexplorer.domain.EditionResolver;
import uk.mobilityexplorer.domain.ProfileService;

/** One area's figures on every measure, with its peers and benchmark, in JSON or CSV. */
@Path("/api/v1/areas/{code}/profile")
public class AreaProfileResource {

    private final Catalogue catalogue;
    private final EditionResolver editions;
    private final ProfileService profiles;
    private final ObservationMapper mapper;
    private final Representations representations;

    public AreaProfileResource(
            Catalogue catalogue,
            EditionResolver editions,
            ProfileService profiles,
            ObservationMapper mapper,
            Representations representations) {
        this.catalogue = catalogue;
        this.editions = editions;
        this.profiles = profiles;
        this.mapper = mapper;
        this.representations = representations;
    }

    @GET
    public Response profile(
            @PathParam("code") String code,
            @BeanParam ProfileParams q,
            @Context HttpHeaders headers,
            @Context Request request) {
        var area = catalogue.area(code);
        var edition = editions.named(q.edition());
        var body = mapper.profile(edition.edition(), profiles.profile(area, edition.edition()));
        return representations.collection(
                request, headers, q.format(), body, mapper.profileCsv(body.items()), edition.pinned());
    }
}
