package uk.mobilityexplorer.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static uk.mobilityexplorer.support.ApiSpec.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import uk.mobilityexplorer.support.FigureEdit;

@QuarkusTest
class ResponseCacheTest {

    private static final String OBSERVATIONS =
            "/api/v1/measures/youth-unemployment/observations?edition=2025&area=TLC1&page_size=50";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void clientsThatWordAcceptDifferently_shareOneStoredJsonResponse() throws SQLException {
        String stored = api().accept("application/json")
                .get(OBSERVATIONS)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        try (var edit = FigureEdit.behindTheServicesBack(dataSource, "2025", "TLC1")) {
            api().accept("application/json, text/plain;q=0.5, */*;q=0.1")
                    .get(OBSERVATIONS)
                    .then()
                    .statusCode(200)
                    .contentType("application/json")
                    .body(equalTo(stored));
            api().get(OBSERVATIONS).then().statusCode(200).body(equalTo(stored));
        }
    }

    @Test
    void requestWithCacheControlNoCache_isComputedAfresh_andReplacesTheStoredResponse() throws SQLException {
        String stored = api().get(OBSERVATIONS).then().statusCode(200).extract().asString();
        try (var edit = FigureEdit.behindTheServicesBack(dataSource, "2025", "TLC1")) {
            String fresh = api().header("Cache-Control", "no-cache")
                    .get(OBSERVATIONS)
                    .then()
                    .statusCode(200)
                    .body(not(equalTo(stored)))
                    .extract()
                    .asString();
            api().get(OBSERVATIONS).then().statusCode(200).body(equalTo(fresh));
        } finally {
            api().header("Cache-Control", "no-cache")
                    .get(OBSERVATIONS)
                    .then()
                    .statusCode(200)
                    .body(equalTo(stored));
        }
    }

    @Test
    void csvRequest_isNeverAnsweredWithTheStoredJson() {
        api().accept("application/json")
                .get(OBSERVATIONS)
                .then()
                .statusCode(200)
                .contentType("application/json");
        api().accept("text/csv")
                .get(OBSERVATIONS)
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .header("Vary", "Accept, Origin")
                .body(startsWith("area_code,"));
    }

    @Test
    void storedResponses_stillCarryTheCorsAndSecurityHeaders() throws SQLException {
        String stored = api().get(OBSERVATIONS).then().statusCode(200).extract().asString();
        try (var edit = FigureEdit.behindTheServicesBack(dataSource, "2025", "TLC1")) {
            api().header("Origin", "https://partner.example")
                    .get(OBSERVATIONS)
                    .then()
                    .statusCode(200)
                    .body(equalTo(stored))
                    .header("Access-Control-Allow-Origin", "https://partner.example")
                    .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                    .header("X-Content-Type-Options", "nosniff");
        }
    }

    @Test
    void storedResponses_stillTellSharedCachesWhatTheyVaryOn() {
        api().get(OBSERVATIONS).then().statusCode(200);
        api().get(OBSERVATIONS).then().statusCode(200).header("Vary", "Accept, Origin");
        api().get("/api/v1/editions/2025").then().statusCode(200);
        api().get("/api/v1/editions/2025").then().statusCode(200).header("Vary", "Origin");
    }
}
