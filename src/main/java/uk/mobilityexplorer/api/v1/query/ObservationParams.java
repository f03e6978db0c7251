package uk.mobilityexplorer.api.v1.query;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.mobilityexplorer.domain.ObservationService;
import uk.mobilityexplorer.domain.ObservationSort;
import uk.mobilityexplorer.domain.PageRequest;

/** Query parameters of GET /measures/{code}/observations; any other parameter names a dimension to filter on. */
@AcceptsBreakdownFilters
public record ObservationParams(
        @QueryParam("edition") String edition,
        @QueryParam("version") String version,
        @QueryParam("area") List<String> area,
        @QueryParam("area_type") String areaType,
        @QueryParam("chart_type") String chartType,
        @QueryParam("period") List<String> period,
        @QueryParam("sort") String sort,
        @QueryParam("page") String page,
        @QueryParam("page_size") String pageSize,
        @QueryParam("format") String format) {

    private static final Set<String> NAMED = QueryParameters.names(ObservationParams.class);

    /** The request in the service's terms; {@code query} supplies the breakdown filters. */
    public ObservationService.Request request(MultivaluedMap<String, String> query) {
        Map<String, List<String>> breakdowns = new LinkedHashMap<>();
        query.forEach((name, values) -> {
            if (!QueryParameters.isNamed(NAMED, name)) {
                breakdowns.put(name, values);
            }
        });
        PageRequest paging = PageRequest.parse(page, pageSize);
        ObservationSort order = ObservationSort.parse(sort);
        return new ObservationService.Request(
                version,
                ListValues.split("area", area),
                areaType,
                chartType,
                ListValues.split("period", period),
                breakdowns,
                order,
                paging);
    }
}
