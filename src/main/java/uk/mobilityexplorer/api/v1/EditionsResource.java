package uk.mobilityexplorer.api.v1;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import uk.mobilityexplorer.api.Representations;
import uk.mobilityexplorer.api.v1.dto.ChangesDto;
import uk.mobilityexplorer.api.v1.dto.EditionDto;
import uk.mobilityexplorer.api.v1.dto.ItemsDto;
import uk.mobilityexplorer.api.v1.query.ChangesParams;
import uk.mobilityexplorer.domain.Catalogue;
import uk.mobilityexplorer.domain.EditionChangesService;
import uk.mobilityexplorer.domain.EditionResolver;

/** Editions of State of the Nation and what changed between them. */
@Path("/api/v1/editions")
public class EditionsResource {

    private final Catalogue catalogue;
    private final EditionResolver editions;
    private final EditionChangesService changes;
    private final Representations representations;
    private final EditionDownload download;

    public EditionsResource(Catalogue catalogue, EditionResolver editions, EditionChangesService changes,
            Representations representations, EditionDownload download) {
        this.catalogue = catalogue;
        this.editions = editions;
        this.changes = changes;
        this.representations = representations;
        this.download = download;
    }

    @GET
    public Response list(@Context Request request) {
        var latest = editions.latestPublished();
        List<EditionDto> items = catalogue.get().editions().values().stream()
                .map(e -> EditionDto.from(e, e == latest)).toList();
        return representations.json(request, new ItemsDto<>(items), false);
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id, @Context Request request) {
        var edition = editions.named(id);
        return representations.json(request, EditionDto.from(edition.edition(),
                edition.edition() == editions.latestPublished()), edition.pinned());
    }

    @GET
    @Path("/{id}/changes")
    public Response changes(@PathParam("id") String id, @BeanParam ChangesParams q, @Context Request request) {
        var now = editions.named(id);
        var since = editions.named(q.requiredSince());
        return representations.json(request, ChangesDto.from(changes.between(now.edition(), since.edition())),
                now.pinned() && since.pinned());
    }

    /** Every observation of the edition in one CSV, streamed; gzip-compressed when the client accepts it. */
    @GET
    @Path("/{id}/observations")
    public Response observations(@PathParam("id") String id, @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String encodings,
            @Context Request request) {
        var edition = editions.named(id);
        // Weak: the same rows are sent as plain or gzip bytes, which differ.
        EntityTag tag = new EntityTag(download.version(edition.edition()), true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        boolean gzip = Representations.acceptsGzip(encodings);
        Response.ResponseBuilder response = unchanged != null ? unchanged
                : Response.ok(download.csv(edition.edition(), gzip), Representations.CSV)
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                "attachment; filename=\"mobility-explorer-" + edition.id() + "-observations.csv\"");
        if (gzip && unchanged == null) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return response.tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, edition.pinned() ? Representations.PINNED : Representations.LATEST)
                .header(HttpHeaders.VARY, "Accept-Encoding, Origin").build();
    }
}
