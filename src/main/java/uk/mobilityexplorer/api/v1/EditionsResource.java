package uk.mobilityexplorer.api.v1;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
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

    public EditionsResource(
            Catalogue catalogue,
            EditionResolver editions,
            EditionChangesService changes,
            Representations representations) {
        this.catalogue = catalogue;
        this.editions = editions;
        this.changes = changes;
        this.representations = representations;
    }

    @GET
    public Response list(@Context Request request) {
        var latest = editions.latestPublished();
        List<EditionDto> items = catalogue.get().editions().values().stream()
                .map(e -> EditionDto.from(e, e == latest))
                .toList();
        return representations.json(request, new ItemsDto<>(items), false);
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id, @Context Request request) {
        var edition = editions.named(id);
        return representations.json(
                request,
                EditionDto.from(edition.edition(), edition.edition() == editions.latestPublished()),
                edition.pinned());
    }

    @GET
    @Path("/{id}/changes")
    public Response changes(@PathParam("id") String id, @BeanParam ChangesParams q, @Context Request request) {
        var now = editions.named(id);
        var since = editions.named(q.requiredSince());
        return representations.json(
                request,
                ChangesDto.from(changes.between(now.edition(), since.edition())),
                now.pinned() && since.pinned());
    }
}
