package uk.mobilityexplorer.api.v1.query;

import jakarta.ws.rs.QueryParam;
import uk.mobilityexplorer.domain.InvalidQueryException;

/** Query parameters of GET /editions/{id}/changes. */
public record ChangesParams(@QueryParam("since") String since) {

    /** The edition to compare with, which is required. */
    public String requiredSince() {
        if (since == null || since.isBlank()) {
            throw new InvalidQueryException(
                    "since", "since is required: the edition to compare with, e.g. since=2024.");
        }
        return since;
    }
}
