package uk.mobilityexplorer.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static uk.mobilityexplorer.support.ApiSpec.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class UnknownParametersTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/editions|This operation takes no query parameters.",
                "/api/v1/editions/2025|This operation takes no query parameters.",
                "/api/v1/editions/2025/changes?since=2024&|Allowed: since.",
                "/api/v1/measures|Allowed: domain, edition, format, q, topic.",
                "/api/v1/measures/DR11|Allowed: edition.",
                "/api/v1/measures/IN32/gaps?dimension=seb&from=intermediate&to=lower-working&|Allowed: area, dimension, edition, format, from, to.",
                "/api/v1/areas|Allowed: format, parent, q, type.",
                "/api/v1/areas/compare?areas=TLC1,TLC2&|Allowed: areas, edition.",
                "/api/v1/areas/TLC1|This operation takes no query parameters.",
                "/api/v1/areas/TLC1/profile|Allowed: edition, format.",
                "/api/v1/dimensions|This operation takes no query parameters."
            })
    void unknownParameter_returns400NamingItAndWhatTheOperationTakes(String path, String allowed) {
        api().get(path + (path.contains("?") ? "" : "?") + "foo=1")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("foo"))
                .body("detail", equalTo("Unknown parameter 'foo'. " + allowed));
    }

    @Test
    void observationsAlsoTakeDimensionCodes() {
        api().get("/api/v1/measures/DR11/observations?foo=1")
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("foo"))
                .body(
                        "detail",
                        containsString(
                                "Allowed: area, area_type, chart_type, edition, format, page, page_size, period, "
                                        + "sort, version, or a dimension code: "))
                .body("detail", containsString("seb"));
    }
}
