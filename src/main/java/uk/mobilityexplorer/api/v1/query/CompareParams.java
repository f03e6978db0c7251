package uk.mobilityexplorer.api.v1.query;

import jakarta.ws.rs.QueryParam;
import java.util.List;

/** Query parameters of GET /areas/compare. */
public record CompareParams(
        @QueryParam("areas") List<String> areas,
        @QueryParam("edition") String edition) {

    /** The areas named, comma-separated or repeated. */
    public List<String> areaList() {
        return ListValues.split("areas", areas);
    }
}
