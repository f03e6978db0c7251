package uk.mobilityexplorer.api.v1;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import uk.mobilityexplorer.api.Representations;
import uk.mobilityexplorer.api.v1.dto.AreaDetailDto;
import uk.mobilityexplorer.api.v1.dto.AreaDto;
import uk.mobilityexplorer.api.v1.dto.CollectionDto;
import uk.mobilityexplorer.api.v1.query.AreaListParams;
import uk.mobilityexplorer.api.v1.query.ProfileParams;
import uk.mobilityexplorer.domain.Area;
import uk.mobilityexplorer.domain.Catalogue;
import uk.mobilityexplorer.domain.EditionResolver;
import uk.mobilityexplorer.domain.ProfileService;

/** Areas, their hierarchy and their profile across measures. */
@Path("/api/v1/areas")
public class AreasResource {

    private final Catalogue catalogue;
    private final EditionResolver editions;
    private final ProfileService profiles;
    private final ObservationMapper mapper;
    private final Representations representations;

    public AreasResource(Catalogue catalogue, EditionResolver editions, ProfileService profiles,
            ObservationMapper mapper, Representations representations) {
        this.catalogue = catalogue;
        this.editions = editions;
        this.profiles = profiles;
        this.mapper = mapper;
        this.representations = representations;
    }

    @GET
    public Response list(@BeanParam AreaListParams q, @Context HttpHeaders headers, @Context Request request) {
        List<AreaDto> items = catalogue.areas(q.type(), q.parent()).stream()
                .map(a -> AreaDto.from(a, catalogue.parentOf(a))).toList();
        return representations.collection(request, headers, q.format(), CollectionDto.of(items), AreaDto.csv(items),
                false);
    }

    @GET
    @Path("/{code}")
    public Response get(@PathParam("code") String code, @Context Request request) {
        Area a = catalogue.area(code);
        List<AreaDto.AreaRef> children = catalogue.get().areas().values().stream()
                .filter(c -> a.code.equals(c.parentCode)).map(AreaDto.AreaRef::from).toList();
        return representations.json(request, new AreaDetailDto(AreaDto.from(a, catalogue.parentOf(a)), children,
                "/api/v1/areas/" + a.code + "/profile"), false);
    }

    @GET
    @Path("/{code}/profile")
    public Response profile(@PathParam("code") String code, @BeanParam ProfileParams q, @Context HttpHeaders headers,
            @Context Request request) {
        Area a = catalogue.area(code);
        var edition = editions.named(q.edition());
        var body = mapper.profile(a, edition.edition(), profiles.profile(a, edition.edition()));
        return representations.collection(request, headers, q.format(), body, mapper.profileCsv(body.items()),
                edition.pinned());
    }
}
