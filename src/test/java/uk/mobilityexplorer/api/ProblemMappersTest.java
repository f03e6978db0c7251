package uk.mobilityexplorer.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static uk.mobilityexplorer.support.ApiSpec.api;
import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProblemMappersTest {

    @Test
    void unknownPath_returnsProblemJson() {
        given().get("/api/v1/nowhere").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("title", equalTo("Not found"));
    }

    @Test
    void writeMethods_areRefusedWithoutLeakingInternals() {
        given().post("/api/v1/measures").then().statusCode(405).contentType("application/problem+json")
                .body(not(containsString("Exception")));
    }

    @Test
    void badFormat_returns400NamingTheParameter() {
        api().get("/api/v1/measures?format=xml").then().statusCode(400).body("errors[0].parameter", equalTo("format"));
    }

    @Test
    void apiAndSwaggerUiCarryAContentSecurityPolicy() {
        given().get("/api/v1/dimensions").then().header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"));
        given().get("/q/swagger-ui/").then().header("Content-Security-Policy", containsString("script-src 'self'"));
    }

    @Test
    void corsRefusesWritesFromOtherOrigins() {
        given().header("Origin", "https://partner.example").header("Access-Control-Request-Method", "DELETE")
                .options("/api/v1/dimensions").then()
                .header("Access-Control-Allow-Methods", not(containsString("DELETE")));
    }

    @Test
    void corsAllowsReadsFromAnyOrigin_andTellsSharedCachesTheAnswerVariesByOrigin() {
        given().header("Origin", "https://partner.example").get("/api/v1/dimensions").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://partner.example").header("Vary", "Origin")
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
