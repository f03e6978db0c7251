package uk.mobilityexplorer.api.v1.query;

import jakarta.ws.rs.QueryParam;

/** Query parameters of GET /areas. */
public record AreaListParams(@QueryParam("type") String type, @QueryParam("parent") String parent,
        @QueryParam("format") String format) {
}
