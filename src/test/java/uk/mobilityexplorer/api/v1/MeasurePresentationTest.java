package uk.mobilityexplorer.api.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static uk.mobilityexplorer.support.ApiSpec.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A measure's metadata says how the Commission presented it in the edition, from the facts of its page. */
@QuarkusTest
class MeasurePresentationTest {

    private static final String YOUTH_2025 = "/api/v1/measures/youth-unemployment?edition=2025";
    private static final String MAP = "presentation.sections.find { it.key == 'by-area' }";

    @Nested
    class Sections {
        @Test
        void youthUnemploymentMap_isDrawnWithHigherWorseOneDecimalAndQuintiles() {
            api().get(YOUTH_2025)
                    .then()
                    .statusCode(200)
                    .body(MAP + ".visual", equalTo("map"))
                    .body(MAP + ".reverse_polarity", equalTo(true))
                    .body(MAP + ".decimals", equalTo(1))
                    .body(MAP + ".unit_symbol", equalTo("%"))
                    .body(MAP + ".banding", equalTo("quintile"))
                    .body(MAP + ".axis_domain.min", equalTo(0))
                    .body(MAP + ".axis_domain.max", equalTo(30))
                    .body(MAP + ".time_period", equalTo("2014 to 2024 combined"));
        }

        @Test
        void youthUnemploymentMap_warnsAgainstRankingRegions() {
            api().get(YOUTH_2025)
                    .then()
                    .statusCode(200)
                    .body(MAP + ".caveats.code", hasItem("do-not-rank-regions"))
                    .body(MAP + ".caveats.find { it.code == 'do-not-rank-regions' }.kind", equalTo("warning"));
        }

        @Test
        void sectionsFollowThePageOrderWithTheCommissionsChartTitles() {
            api().get(YOUTH_2025)
                    .then()
                    .statusCode(200)
                    .body("presentation.sections.key", contains("by-year", "by-area"))
                    .body("presentation.sections.position", contains(1, 2))
                    .body(
                            "presentation.sections[0].chart_title",
                            startsWith("Percentage of economically active 16 to 24 year olds"));
        }

        @Test
        void aSectionsObservationsLink_returnsExactlyThatSectionsRows() {
            String link = api().get(YOUTH_2025).then().statusCode(200).extract().path(MAP + ".links.observations");
            assertThat(link)
                    .isEqualTo(
                            "/api/v1/measures/youth-unemployment/observations?edition=2025&chart_type=geography_caterpillar");
            JsonPath section = api().get(link + "&page_size=1000")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            JsonPath all = api().get("/api/v1/measures/youth-unemployment/observations?edition=2025&page_size=1000")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<String> expected = all.getList("items.findAll { it.chart_type == 'geography_caterpillar' }.source");
            assertThat(section.getList("items.source", String.class))
                    .isNotEmpty()
                    .isEqualTo(expected);
        }

        @Test
        void aMapWhoseRowsCarryNoChartType_isLinkedToTheMeasuresRegionalRows_withItsCaveats() {
            String economicActivity2024 = "/api/v1/measures/economic-activity?edition=2024";
            String link = api().get(economicActivity2024)
                    .then()
                    .statusCode(200)
                    .body(MAP + ".caveats.code", hasItem("do-not-rank-regions"))
                    .extract()
                    .path(MAP + ".links.observations");
            assertThat(link).isEqualTo("/api/v1/measures/economic-activity/observations?edition=2024&area_type=itl2");
            JsonPath section = api().get(link + "&page_size=1000")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            JsonPath all = api().get("/api/v1/measures/economic-activity/observations?edition=2024&page_size=1000")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<String> expected = all.getList("items.findAll { it.area?.type == 'itl2' }.source");
            assertThat(section.getList("items.source", String.class))
                    .hasSizeGreaterThan(40)
                    .isEqualTo(expected);
        }

        @Test
        void aSectionWhoseRowsCarryNoChartType_hasNoLinks() {
            api().get("/api/v1/measures/childhood-poverty?edition=2024")
                    .then()
                    .statusCode(200)
                    .body("presentation.sections", not(empty()))
                    .body("presentation.sections.links", everyItem(nullValue()));
        }
    }

    @Nested
    class PageHistory {
        @Test
        void listsEveryPageVersionAcrossEditions() {
            api().get(YOUTH_2025)
                    .then()
                    .statusCode(200)
                    .body("presentation.history.page_version", contains("1.0", "2.0", "2.1", "3.0"))
                    .body(
                            "presentation.history.change",
                            contains("first-publication", "new-edition", "correction", "new-edition"));
        }

        @Test
        void aCorrection_supersedesItsEditionsPageAndSaysWhatChangedInOurWords() {
            api().get("/api/v1/measures/youth-unemployment?edition=2024")
                    .then()
                    .statusCode(200)
                    .body("presentation.page_version", equalTo("2.1"))
                    .body("presentation.page_published", equalTo("2025-12-18"))
                    .body(
                            "presentation.history.find { it.page_version == '2.1' }.note",
                            containsString("corrected the ITL2 regional estimates"));
        }

        @Test
        void aboutTheDataNamesTheSourceAndItsCaveats() {
            api().get(YOUTH_2025)
                    .then()
                    .statusCode(200)
                    .body(
                            "presentation.data_source",
                            equalTo("Office for National Statistics, Labour Force Survey (LFS)"))
                    .body("presentation.about.code", hasItem("confidence-intervals"))
                    .body("presentation.about.kind", everyItem(equalTo("about")));
        }
    }

    @Nested
    class WithoutPages {
        @Test
        void aMeasureWithNoPageInTheEdition_hasPresentationNull() {
            api().get("/api/v1/measures/youth-unemployment?edition=2026-draft")
                    .then()
                    .statusCode(200)
                    .body("code", equalTo("youth-unemployment"))
                    .body("presentation", nullValue());
        }
    }

    @Nested
    class ChartTypeFilter {
        @Test
        void keepsOnlyRowsOfThatChartType() {
            api().get("/api/v1/measures/youth-unemployment/observations?edition=2025&chart_type=trend")
                    .then()
                    .statusCode(200)
                    .body("total", greaterThan(0))
                    .body("items.chart_type", everyItem(equalTo("trend")));
        }

        @Test
        void aChartTypeTheMeasureDoesNotCarry_explainsWhichItDoes() {
            api().get("/api/v1/measures/youth-unemployment/observations?edition=2025&chart_type=ethnicity")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(0))
                    .body("warnings[0].code", equalTo("chart_type.not-covered"))
                    .body("warnings[0].message", containsString("geography_caterpillar, trend"));
        }
    }
}
