package uk.mobilityexplorer.api.v1;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import uk.mobilityexplorer.api.Representations;
import uk.mobilityexplorer.domain.EditionResolver;

/** The bulk download: an edition's observations in one streamed CSV. */
@Path("/api/v1/editions/{id}/observations")
public class EditionObservationsResource {

    private final EditionResolver editions;
    private final EditionDownload download;

    public EditionObservationsResource(EditionResolver editions, EditionDownload download) {
        this.editions = editions;
        this.download = download;
    }

    /** Every observation of the edition in one CSV, streamed; gzip-compressed when the client accepts it. */
    @GET
    public Response csv(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String encodings,
            @Context Request request) {
        var edition = editions.named(id);
        // Weak: the same rows are sent as plain or gzip bytes, which differ.
        EntityTag tag = new EntityTag(download.version(edition.edition()), true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        boolean gzip = Representations.acceptsGzip(encodings);
        Response.ResponseBuilder response = unchanged != null
                ? unchanged
                : Response.ok(download.csv(edition.edition(), gzip), Representations.CSV)
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                "attachment; filename=\"mobility-explorer-" + edition.id() + "-observations.csv\"");
        if (gzip && unchanged == null) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return response.tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, edition.pinned() ? Representations.PINNED : Representations.LATEST)
                .header(HttpHeaders.VARY, "Accept-Encoding, Origin")
                .build();
    }
}
