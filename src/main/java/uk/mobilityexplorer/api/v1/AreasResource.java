package uk.mobilityexplorer.api.v1;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import uk.mobilityexplorer.api.Representations;
import uk.mobilityexplorer.api.v1.dto.AreaDetailDto;
import uk.mobilityexplorer.api.v1.dto.AreaDto;
import uk.mobilityexplorer.api.v1.dto.CollectionDto;
import uk.mobilityexplorer.api.v1.query.AreaListParams;
import uk.mobilityexplorer.domain.Area;
import uk.mobilityexplorer.domain.Catalogue;

/** Areas and their hierarchy, listed or searched by name, and one area with its children and council links. */
@Path("/api/v1/areas")
public class AreasResource {

    /** Search results are capped: a person typing a name looks at the first few. */
    static final int SEARCH_LIMIT = 50;

    private final Catalogue catalogue;
    private final AreaMapper areaMapper;
    private final Representations representations;

    public AreasResource(Catalogue catalogue, AreaMapper areaMapper, Representations representations) {
        this.catalogue = catalogue;
        this.areaMapper = areaMapper;
        this.representations = representations;
    }

    @GET
    public Response list(@BeanParam AreaListParams q, @Context HttpHeaders headers, @Context Request request) {
        List<AreaDto> items = q.q() == null
                ? catalogue.areas(q.type(), q.parent()).stream()
                        .map(a -> AreaDto.from(a, catalogue.parentOf(a)))
                        .toList()
                : search(q);
        return representations.collection(
                request, headers, q.format(), CollectionDto.of(items), AreaDto.csv(items), false);
    }

    /** Matches best first; the parent filter applies before the limit, so it never hides a match. */
    private List<AreaDto> search(AreaListParams q) {
        String parentCode = q.parent() == null ? null : catalogue.area(q.parent()).code;
        var areas = catalogue.get().areas();
        return catalogue.search(q.q(), q.type(), Integer.MAX_VALUE).stream()
                .filter(m -> parentCode == null
                        || parentCode.equals(areas.get(m.entry().code()).parentCode))
                .limit(SEARCH_LIMIT)
                .map(m -> {
                    Area a = areas.get(m.entry().code());
                    return AreaDto.found(a, catalogue.parentOf(a), m);
                })
                .toList();
    }

    @GET
    @Path("/{code}")
    public Response get(@PathParam("code") String code, @Context Request request) {
        Area a = catalogue.area(code);
        List<AreaDto.AreaRef> children = catalogue.get().areas().values().stream()
                .filter(c -> a.code.equals(c.parentCode))
                .map(AreaDto.AreaRef::from)
                .toList();
        return representations.json(
                request,
                new AreaDetailDto(
                        AreaDto.from(a, catalogue.parentOf(a)),
                        children,
                        "/api/v1/areas/" + a.code + "/profile",
                        catalogue.council(a).map(areaMapper::council).orElse(null)),
                false);
    }
}
