package uk.mobilityexplorer.api.v1;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static uk.mobilityexplorer.support.ApiSpec.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DimensionsResourceTest {

    @Test
    void backgroundCategoriesComeInTheirFixedOrder() {
        api().get("/api/v1/dimensions")
                .then()
                .statusCode(200)
                .body(
                        "items.find { it.code == 'seb' }.categories.code",
                        hasItems("higher-professional", "lower-working"))
                .body(
                        "items.find { it.code == 'seb' }.categories.code[0..4]",
                        contains(
                                "higher-professional",
                                "lower-professional",
                                "intermediate",
                                "higher-working",
                                "lower-working"));
    }
}
