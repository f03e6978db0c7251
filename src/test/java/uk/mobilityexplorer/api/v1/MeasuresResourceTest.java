package uk.mobilityexplorer.api.v1;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static uk.mobilityexplorer.support.ApiSpec.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeasuresResourceTest {

    @Nested
    class ListMeasures {
        @Test
        void filtersByDomain() {
            api().get("/api/v1/measures?domain=mobility-outcomes")
                    .then()
                    .statusCode(200)
                    .body("items.domain", everyItem(equalTo("mobility-outcomes")))
                    .body("items.code", hasItem("absolute-occupational-mobility"));
        }

        @Test
        void searchesFreeTextInCodesAndTitles() {
            api().get("/api/v1/measures?q=dr12")
                    .then()
                    .statusCode(200)
                    .body("items[0].code", equalTo("childhood-poverty"));
        }

        @Test
        void unknownDomain_returns400ListingAllowedValues() {
            api().get("/api/v1/measures?domain=weather")
                    .then()
                    .statusCode(400)
                    .body("detail", containsString("mobility-outcomes"));
        }

        @Test
        void servesCsvWithAHeaderRow() {
            api().accept("text/csv")
                    .get("/api/v1/measures")
                    .then()
                    .statusCode(200)
                    .contentType(startsWith("text/csv"))
                    .body(startsWith("code,title,domain"));
        }
    }

    @Nested
    class GetMeasure {
        @Test
        void commissionCodeIsReadWithinTheRequestedEdition() {
            api().get("/api/v1/measures/ci1?edition=2024")
                    .then()
                    .statusCode(200)
                    .body("code", equalTo("promising-prospects"));
            api().get("/api/v1/measures/CI1?edition=2025")
                    .then()
                    .statusCode(200)
                    .body("code", equalTo("conditions-of-childhood"));
        }

        @Test
        void listsTheCorrectionAndTheSupersededFile() {
            api().get("/api/v1/measures/DR32?edition=2024")
                    .then()
                    .statusCode(200)
                    .body("datasets.find { it.page_version == '2.0' }.status", equalTo("superseded"))
                    .body("datasets.find { it.page_version == '2.0' }.superseded_by", equalTo("2.1"))
                    .body(
                            "datasets.find { it.page_version == '2.1' }.correction_reason",
                            startsWith("The Commission corrected the ITL2 regional estimates"));
        }

        @Test
        void unknownMeasure_returns404NamingTheCode() {
            api().get("/api/v1/measures/XX99").then().statusCode(404).body("detail", containsString("XX99"));
        }

        @Test
        void editionWithoutTheMeasure_returns400ListingEditions() {
            api().get("/api/v1/measures/MO11?edition=2025")
                    .then()
                    .statusCode(400)
                    .body("errors[0].parameter", equalTo("edition"))
                    .body("detail", containsString("2023"));
        }
    }

    @Nested
    class ListObservations {
        @Test
        void filtersByDimensionCategory() {
            api().get("/api/v1/measures/IN32/observations?edition=2025&sex=female")
                    .then()
                    .statusCode(200)
                    .body("total", greaterThan(0))
                    .body("items", hasSize(greaterThan(0)))
                    .body(
                            "items.collect { it.breakdowns.find { it.dimension == 'sex' }?.category }",
                            everyItem(equalTo("female")));
        }

        @Test
        void filtersByAreaNameOrCode() {
            api().get("/api/v1/measures/youth-unemployment/observations?edition=2025&area=tees valley and durham")
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(greaterThan(0)))
                    .body("items.area.code", everyItem(equalTo("TLC1")));
        }

        @Test
        void supersededFigures_remainRetrievableByVersion() {
            api().get("/api/v1/measures/DR42/observations?edition=2025&version=3.0&period=2002&level=x")
                    .then()
                    .statusCode(400)
                    .body("errors[0].parameter", equalTo("level"));
            api().get("/api/v1/measures/DR42/observations?edition=2025&version=3.0&period=2002&question=trust")
                    .then()
                    .statusCode(200)
                    .body("items[0].value", equalTo(5.055f));
            api().get("/api/v1/measures/DR42/observations?edition=2025&period=2002&question=trust")
                    .then()
                    .statusCode(200)
                    .body("items[0].value", not(equalTo(5.055f)))
                    .body("items[0].source", containsString("DR42-3.1"));
        }

        @Test
        void pagesWithTotalsAndNextLinks() {
            api().get("/api/v1/measures/IN23/observations?edition=2025&page_size=10")
                    .then()
                    .statusCode(200)
                    .body("page_size", equalTo(10))
                    .body("total", greaterThan(10))
                    .body("links.next", containsString("page=2"));
        }

        @Test
        void pageWhoseFirstRowIsOutOfRange_returns400() {
            api().get("/api/v1/measures/DR11/observations?edition=2025&page=2147485&page_size=1000")
                    .then()
                    .statusCode(400)
                    .body("errors[0].parameter", equalTo("page"))
                    .body("detail", equalTo("page must be a whole number from 1 to 1000000."));
        }

        @Test
        void lastAllowedPageOfTheLargestSize_returnsAnEmptyPage() {
            api().get("/api/v1/measures/DR11/observations?edition=2025&page=1000000&page_size=1000")
                    .then()
                    .statusCode(200)
                    .body("items", empty())
                    .body("total", greaterThan(0));
        }

        @Test
        void pageSizeAboveTheCap_returns400() {
            api().get("/api/v1/measures/IN23/observations?page_size=5000")
                    .then()
                    .statusCode(400)
                    .body("errors[0].parameter", equalTo("page_size"));
        }

        @Test
        void emptyResult_explainsWhy() {
            api().get("/api/v1/measures/DR11/observations?edition=2025&ethnicity=indian")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(0))
                    .body("warnings[0].code", equalTo("breakdown.not-available"));
        }

        @Test
        void withheldValues_areNullWithStatus() {
            api().get("/api/v1/measures/IN12/observations?edition=2024&page_size=1000")
                    .then()
                    .statusCode(200)
                    .body("items.find { it.status == 'withheld' }.value", equalTo(null));
        }

        @Test
        void repeatedRequestWithItsEtag_returns304() {
            String etag = api().get("/api/v1/measures/DR11/observations?edition=2025")
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("ETag");
            api().header("If-None-Match", etag)
                    .get("/api/v1/measures/DR11/observations?edition=2025")
                    .then()
                    .statusCode(304);
        }

        @Test
        void latestUrls_areCachedBriefly() {
            api().get("/api/v1/measures/DR11/observations")
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", equalTo("public, max-age=300"));
        }
    }

    @Nested
    class ListGaps {
        @Test
        void gapBetweenBackgroundsCarriesAnIntervalAndVerdict() {
            api().get("/api/v1/measures/IN32/gaps?edition=2025&dimension=seb&from=higher-professional&to=lower-working")
                    .then()
                    .statusCode(200)
                    .body("total", greaterThan(0))
                    .body("items.significance", everyItem(oneOf("significant", "not-significant")))
                    .body("items.significance", hasItem("significant"));
        }

        @Test
        void dimensionOfAnotherMeasure_returns400ListingOnlyThisMeasuresDimensions() {
            api().get("/api/v1/measures/IN32/gaps?edition=2025&dimension=region&from=a&to=b")
                    .then()
                    .statusCode(400)
                    .body("errors[0].parameter", equalTo("dimension"))
                    .body("detail", equalTo("dimension must be one of: disability, ethnicity, outcome, seb, sex."));
        }

        @Test
        void measureWithoutDimensions_returns400SayingSo() {
            api().get("/api/v1/measures/DR32/gaps?edition=2025&dimension=seb&from=a&to=b")
                    .then()
                    .statusCode(400)
                    .body("errors[0].parameter", equalTo("dimension"))
                    .body("detail", containsString("is not broken down by any dimension in edition 2025"));
        }

        @Test
        void unknownCategory_returns400ListingCategories() {
            api().get("/api/v1/measures/IN32/gaps?dimension=seb&from=kings&to=lower-working")
                    .then()
                    .statusCode(400)
                    .body("errors[0].parameter", equalTo("from"))
                    .body("detail", containsString("lower-working"));
        }
    }
}
