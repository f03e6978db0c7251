package uk.mobilityexplorer.api.v1.query;

import jakarta.ws.rs.QueryParam;

/** Query parameters of GET /measures. */
public record MeasureListParams(
        @QueryParam("edition") String edition,
        @QueryParam("domain") String domain,
        @QueryParam("topic") String topic,
        @QueryParam("q") String text,
        @QueryParam("format") String format) {}
