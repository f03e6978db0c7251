package uk.mobilityexplorer.api.v1;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import uk.mobilityexplorer.api.Representations;
import uk.mobilityexplorer.api.v1.dto.DimensionDto;
import uk.mobilityexplorer.api.v1.dto.ItemsDto;
import uk.mobilityexplorer.domain.Catalogue;

/** Dimensions (groups and outcome categories) with their ordered categories. */
@Path("/api/v1/dimensions")
public class DimensionsResource {

    private final Catalogue catalogue;
    private final Representations representations;

    public DimensionsResource(Catalogue catalogue, Representations representations) {
        this.catalogue = catalogue;
        this.representations = representations;
    }

    @GET
    public Response list(@Context Request request) {
        return representations.json(request, new ItemsDto<>(DimensionDto.listOf(catalogue.get(), null)), false);
    }
}
