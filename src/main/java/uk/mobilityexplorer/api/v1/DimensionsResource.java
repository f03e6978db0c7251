package uk.mobilityexplorer.api.v1;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import uk.mobilityexplorer.api.Representations;
import uk.mobilityexplorer.api.v1.dto.DimensionDto;
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
        return representations.json(request, Map.of("items", dimensions(catalogue, null)), false);
    }

    /**
     * Dimensions with their categories in display order.
     * @param used dimension code to the category codes to keep, or null for every dimension and category
     */
    static List<DimensionDto> dimensions(Catalogue catalogue, Map<String, Set<String>> used) {
        var s = catalogue.get();
        return s.dimensions().values().stream().filter(d -> used == null || used.containsKey(d.code))
                .map(d -> new DimensionDto(d.code, d.label, d.kind, d.description,
                        s.categories().getOrDefault(d.code, List.of()).stream()
                                .filter(c -> used == null || used.get(d.code).contains(c.code))
                                .map(c -> new DimensionDto.CategoryDto(c.code, c.label)).toList()))
                .toList();
    }
}
