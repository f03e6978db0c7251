package uk.mobilityexplorer.api.v1;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static uk.mobilityexplorer.support.ApiSpec.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AreasResourceTest {

    @Test
    void listsAreasOfAType() {
        api().get("/api/v1/areas?type=itl1")
                .then()
                .statusCode(200)
                .body("total", equalTo(9))
                .body("items", hasSize(9))
                .body("items.parent.code", everyItem(equalTo("E92000001")));
    }

    @Test
    void listsChildrenOfAParentGivenByName() {
        api().get("/api/v1/areas?parent=north east (england)")
                .then()
                .statusCode(200)
                .body("items.code", hasItem("TLC1"));
    }

    @Test
    void areaLookupIsCaseInsensitiveAndCanonicalOnOutput() {
        api().get("/api/v1/areas/tlc1")
                .then()
                .statusCode(200)
                .body("area.code", equalTo("TLC1"))
                .body("area.parent.code", equalTo("TLC"));
    }

    @Test
    void unknownArea_returns404() {
        api().get("/api/v1/areas/ZZZ9").then().statusCode(404).body("status", equalTo(404));
    }

    @Test
    void profileRanksTheAreaAndComparesItWithTheUk() {
        api().get("/api/v1/areas/TLC1/profile?edition=2025")
                .then()
                .statusCode(200)
                .body("total", greaterThan(0))
                .body("items.find { it.measure == 'youth-unemployment' }.peer_count", equalTo(41))
                .body("items.find { it.measure == 'youth-unemployment' }.rank", equalTo(7))
                .body("items.find { it.measure == 'broadband-speed' }.uk_value", equalTo(82))
                .body("items.find { it.measure == 'broadband-speed' }.comparison", equalTo("not-compared"));
    }
}
