package uk.mobilityexplorer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static uk.mobilityexplorer.support.ApiSpec.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemMappersTest {

    @Test
    void unknownPath_returnsProblemJson() {
        given().get("/api/v1/nowhere")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"));
    }

    @Test
    void writeMethods_areRefusedWithoutLeakingInternals() {
        given().post("/api/v1/measures")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body(not(containsString("Exception")));
    }

    @Test
    void badFormat_returns400NamingTheParameter() {
        api().get("/api/v1/measures?format=xml").then().statusCode(400).body("errors[0].parameter", equalTo("format"));
    }

    @Test
    void apiAndSwaggerUiCarryAContentSecurityPolicy() {
        given().get("/api/v1/dimensions")
                .then()
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"));
        given().get("/q/swagger-ui/").then().header("Content-Security-Policy", containsString("script-src 'self'"));
    }

    @Test
    void everyOtherManagementEndpointCarriesAStrictContentSecurityPolicy() {
        for (String path : List.of("/q/openapi", "/q/health", "/q/health/ready", "/q/health/live")) {
            given().get(path)
                    .then()
                    .statusCode(200)
                    .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"))
                    .header("X-Content-Type-Options", equalTo("nosniff"));
        }
    }

    @Test
    void corsPreflightForAnImportFromAnotherOrigin_doesNotAllowPut() {
        given().header("Origin", "https://partner.example")
                .header("Access-Control-Request-Method", "PUT")
                .options("/api/v1/admin/editions/2026-draft/files")
                .then()
                .header("Access-Control-Allow-Methods", allOf(containsString("GET"), not(containsString("PUT"))));
    }

    @Test
    void crossOriginImport_isRefusedWith403ProblemJson() {
        given().header("Origin", "https://partner.example")
                .contentType("text/plain")
                .body("x")
                .put("/api/v1/admin/editions/2026-draft/files")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("type", equalTo("/problems/cross-origin-refused"));
    }

    @Test
    void corsAllowsReadsFromAnyOrigin_andTellsSharedCachesTheAnswerVariesByOrigin() {
        given().header("Origin", "https://partner.example")
                .get("/api/v1/dimensions")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://partner.example")
                .header("Vary", "Origin")
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
