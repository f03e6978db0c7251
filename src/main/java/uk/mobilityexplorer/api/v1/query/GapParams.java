package uk.mobilityexplorer.api.v1.query;

import jakarta.ws.rs.QueryParam;
import java.util.List;

/** Query parameters of GET /measures/{code}/gaps. */
public record GapParams(
        @QueryParam("edition") String edition,
        @QueryParam("dimension") String dimension,
        @QueryParam("from") String from,
        @QueryParam("to") String to,
        @QueryParam("area") List<String> area,
        @QueryParam("format") String format) {

    /** Area codes or names, repeated or comma-separated. */
    public List<String> areas() {
        return ListValues.split("area", area);
    }
}
