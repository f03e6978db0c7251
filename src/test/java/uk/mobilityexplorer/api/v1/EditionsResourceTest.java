package uk.mobilityexplorer.api.v1;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static uk.mobilityexplorer.support.ApiSpec.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EditionsResourceTest {

    @Nested
    class ListEditions {
        @Test
        void listsEveryEditionWithTheLatestPublishedMarked() {
            api().get("/api/v1/editions")
                    .then()
                    .statusCode(200)
                    .body("items.id", contains("2023", "2024", "2025", "2026-draft"))
                    .body("items.find { it.latest }.id", equalTo("2025"))
                    .body("items.find { it.id == '2026-draft' }.status", equalTo("draft"));
        }

        @Test
        void statesEachYearsRankingMethod() {
            api().get("/api/v1/editions")
                    .then()
                    .statusCode(200)
                    .body("items.find { it.id == '2023' }.ranking.area_count", equalTo(41))
                    .body("items.find { it.id == '2024' }.ranking.group_count", equalTo(5))
                    .body("items.find { it.id == '2025' }.ranking.group_count", equalTo(7));
        }
    }

    @Nested
    class GetEdition {
        @Test
        void latestResolvesToThePublishedEdition() {
            api().get("/api/v1/editions/latest").then().statusCode(200).body("id", equalTo("2025"));
        }

        @Test
        void unknownEdition_returns404NamingTheCode() {
            api().get("/api/v1/editions/1999")
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("detail", equalTo("No edition has the code '1999'."));
        }

        @Test
        void pinnedEdition_isCachedAsImmutable() {
            api().get("/api/v1/editions/2024")
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", equalTo("public, max-age=31536000, immutable"));
        }
    }

    @Nested
    class Changes {
        @Test
        void listsMeasuresAddedIn2025() {
            api().get("/api/v1/editions/2025/changes?since=2024")
                    .then()
                    .statusCode(200)
                    .body("added.measure", hasItem("parental-income"))
                    .body("revised.find { it.measure == 'youth-unemployment' }.page_version_now", equalTo("3.0"))
                    .body("added.measure", not(hasItem("youth-unemployment")));
        }

        @Test
        void listsTheCorrectionPublishedWithinTheEdition() {
            api().get("/api/v1/editions/2025/changes?since=2024")
                    .then()
                    .statusCode(200)
                    .body("corrected[0].measure", equalTo("level-of-trust-fairness-and-helpfulness"))
                    .body("corrected[0].page_version", equalTo("3.1"));
        }

        @Test
        void missingSince_returns400NamingTheParameter() {
            api().get("/api/v1/editions/2025/changes")
                    .then()
                    .statusCode(400)
                    .body("errors[0].parameter", equalTo("since"));
        }
    }
}
