package uk.mobilityexplorer.api.v1;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import uk.mobilityexplorer.api.Representations;
import uk.mobilityexplorer.api.v1.dto.ObservationDto;
import uk.mobilityexplorer.api.v1.dto.PageDto;
import uk.mobilityexplorer.api.v1.query.ObservationParams;
import uk.mobilityexplorer.domain.Catalogue;
import uk.mobilityexplorer.domain.EditionResolver;
import uk.mobilityexplorer.domain.Measure;
import uk.mobilityexplorer.domain.ObservationService;

/** A measure's observations in one edition: filtered, sorted and paged, in JSON or CSV. */
@Path("/api/v1/measures/{code}/observations")
public class ObservationsResource {

    private final Catalogue catalogue;
    private final EditionResolver editions;
    private final ObservationService observations;
    private final ObservationMapper mapper;
    private final Representations representations;

    public ObservationsResource(
            Catalogue catalogue,
            EditionResolver editions,
            ObservationService observations,
            ObservationMapper mapper,
            Representations representations) {
        this.catalogue = catalogue;
        this.editions = editions;
        this.observations = observations;
        this.mapper = mapper;
        this.representations = representations;
    }

    @GET
    public Response list(
            @PathParam("code") String code,
            @BeanParam ObservationParams q,
            @Context UriInfo uri,
            @Context HttpHeaders headers,
            @Context Request request) {
        Measure m = catalogue.measure(code, q.edition());
        var edition = editions.forMeasure(m, q.edition());
        var query = q.request(uri.getQueryParameters());
        var result = observations.page(m, edition.edition(), query);
        List<ObservationDto> items = result.items().stream().map(mapper::toDto).toList();
        int page = query.paging().page();
        String self = uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null
                        ? ""
                        : "?" + uri.getRequestUri().getRawQuery());
        String next = (long) page * query.paging().size() < result.total() ? withPage(uri, page + 1) : null;
        String prev = page > 1 ? withPage(uri, page - 1) : null;
        var body = new PageDto<>(
                m.id,
                edition.id(),
                result.total(),
                page,
                query.paging().size(),
                items,
                new PageDto.PageLinks(self, next, prev),
                result.explanations().stream().map(PageDto.Warning::from).toList());
        return representations.collection(request, headers, q.format(), body, mapper.csv(items), edition.pinned());
    }

    private static String withPage(UriInfo uri, int page) {
        return uri.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .build()
                .toString()
                .replaceFirst("^https?://[^/]+", "");
    }
}
