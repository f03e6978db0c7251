package uk.mobilityexplorer.api.v1.query;

import jakarta.ws.rs.QueryParam;

/** Query parameters of GET /areas/{code}/profile. */
public record ProfileParams(
        @QueryParam("edition") String edition,
        @QueryParam("format") String format) {}
