package uk.mobilityexplorer.api.v1.query;

import jakarta.ws.rs.QueryParam;

/** Query parameters of GET /areas; {@code q} turns the list into a search. */
public record AreaListParams(
        @QueryParam("q") String q,
        @QueryParam("type") String type,
        @QueryParam("parent") String parent,
        @QueryParam("format") String format) {}
