package uk.mobilityexplorer.api.v1.query;

import jakarta.ws.rs.QueryParam;

/** The one query parameter of an operation read within an edition. */
public record EditionParams(@QueryParam("edition") String edition) {}
