package uk.mobilityexplorer.api;

import static org.hamcrest.Matchers.equalTo;
import static uk.mobilityexplorer.support.ApiSpec.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestLimitsTest {

    @Test
    void requestLineOverTheLimit_returns414ProblemJson() {
        api().get("/api/v1/measures?q=" + "a".repeat(5000))
                .then()
                .statusCode(414)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/uri-too-long"));
    }

    @Test
    void headerBlockOverTheLimit_returns431ProblemJson() {
        api().header("X-Padding", "a".repeat(20_000))
                .get("/api/v1/measures")
                .then()
                .statusCode(431)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/headers-too-large"));
    }

    @Test
    void requestLineWithinTheLimit_isServed() {
        api().get("/api/v1/measures?q=" + "a".repeat(3000)).then().statusCode(200);
    }
}
