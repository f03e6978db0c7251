package uk.mobilityexplorer.api.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static uk.mobilityexplorer.support.ApiSpec.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.mobilityexplorer.support.ApiSpec;

/** Finding an area or council by name, what a council's page shows, and areas side by side. */
@QuarkusTest
class AreaJourneysTest {

    /**
     * Every council of the seed; every {@code councils.every}-th only where that is set (the PostgreSQL run, whose
     * queries are the same for every council: the H2 run checks the whole list).
     */
    private static List<CSVRecord> councils() throws IOException {
        int every = Integer.getInteger("councils.every", 1);
        try (Reader reader = Files.newBufferedReader(ApiSpec.PROJECT.resolve("seed-data/councils.csv"))) {
            List<CSVRecord> all = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
            return java.util.stream.IntStream.range(0, all.size())
                    .filter(i -> i % every == 0)
                    .mapToObj(all::get)
                    .toList();
        }
    }

    /** The seed's published values of one dataset (id prefix) for one period, over the areas whose code starts so. */
    private static List<BigDecimal> seedValues(String dataset, String areaPrefix, String period) throws IOException {
        try (Reader reader = Files.newBufferedReader(ApiSpec.PROJECT.resolve("seed-data/observations.csv"))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .filter(r -> r.get("dataset").startsWith(dataset)
                            && r.get("area_code").startsWith(areaPrefix)
                            && r.get("period").equals(period)
                            && !r.get("value").isEmpty())
                    .map(r -> new BigDecimal(r.get("value")))
                    .sorted()
                    .toList();
        }
    }

    @Nested
    class Search {
        @Test
        void councilName_findsTheCouncilFirst() {
            api().get("/api/v1/areas?q=canterbury")
                    .then()
                    .statusCode(200)
                    .body("items[0].code", equalTo("E07000106"))
                    .body("items[0].type", equalTo("la"))
                    .body("items[0].match.kind", equalTo("name"));
        }

        @Test
        void punctuationAndCase_doNotMatter() {
            api().get("/api/v1/areas?q=KINGS-LYNN").then().statusCode(200).body("items[0].code", equalTo("E07000146"));
        }

        @Test
        void otherName_findsTheArea() {
            api().get("/api/v1/areas?q=east of england")
                    .then()
                    .statusCode(200)
                    .body("items[0].code", equalTo("TLH"))
                    .body("items[0].match.kind", equalTo("other-name"))
                    .body("items[0].match.name", equalTo("east of england"));
        }

        @Test
        void typeFilter_keepsOnlyThatType() {
            api().get("/api/v1/areas?q=kent&type=smc205")
                    .then()
                    .statusCode(200)
                    .body("items.type", everyItem(equalTo("smc205")))
                    .body("items.code", hasItem("SMC205-kent"));
        }

        @Test
        void queryWithoutLettersOrDigits_returns400() {
            api().get("/api/v1/areas?q=--").then().statusCode(400).body("errors[0].parameter", equalTo("q"));
        }

        @Test
        void everyCouncil_isFoundByItsOfficialName() throws IOException {
            for (CSVRecord c : councils()) {
                List<String> codes = api().get("/api/v1/areas?q={q}", c.get("name"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.code");
                assertThat(codes).as(c.get("name")).contains(c.get("code"));
            }
        }
    }

    @Nested
    class Council {
        @Test
        void everyCouncil_isAnAreaWithItsCommissionAreasRegionAndNation() throws IOException {
            for (CSVRecord c : councils()) {
                api().get("/api/v1/areas/{code}", c.get("code"))
                        .then()
                        .statusCode(200)
                        .body("area.type", equalTo("la"))
                        .body("council.composite_areas.area.code", hasItem(c.get("smc_2025")))
                        .body("council.itl2.code", equalTo(c.get("itl2")))
                        .body("council.nation.code", equalTo(c.get("nation")));
            }
        }

        @Test
        void districtOfACounty_saysItsFiguresAreThoseOfTheCountyArea() {
            api().get("/api/v1/areas/canterbury")
                    .then()
                    .statusCode(200)
                    .body(
                            "council.composite_areas.area.code",
                            equalTo(List.of("SMC203-kent-county-council", "SMC205-kent")))
                    .body("council.itl2.code", equalTo("TLJ4"))
                    .body("council.itl2_2025.code", equalTo("TLJ4"))
                    .body("council.figures_note", containsString("Kent"));
        }

        @Test
        void profileOfACouncil_showsItsCommissionAreasFiguresAndSaysSo() {
            api().get("/api/v1/areas/E07000106/profile?edition=2025")
                    .then()
                    .statusCode(200)
                    .body("figures_area.code", equalTo("SMC205-kent"))
                    .body("figures_note", containsString("Kent"))
                    .body("total", greaterThan(0));
        }

        @Test
        void areaWithFiguresOfItsOwn_hasNoNote() {
            api().get("/api/v1/areas/TLC1/profile?edition=2025")
                    .then()
                    .statusCode(200)
                    .body("figures_area.code", equalTo("TLC1"))
                    .body("figures_note", nullValue());
        }

        @Test
        void retiredCouncil_saysWhatReplacedIt() {
            api().get("/api/v1/areas/E07000028")
                    .then()
                    .statusCode(200)
                    .body("council.status", equalTo("retired"))
                    .body("council.replaced_by", equalTo(List.of("E06000063")))
                    .body("council.link", equalTo("through-successor"));
        }
    }

    @Nested
    class Profile {
        @Test
        void compositeIndex_hasEveryPeriodPeersAndAPeerMedianBenchmark() {
            String item = "items.find { it.measure == 'conditions-of-childhood' }";
            api().get("/api/v1/areas/SMC205-kent/profile?edition=2025")
                    .then()
                    .statusCode(200)
                    .body(item + ".series", hasSize(4))
                    .body(item + ".series.band.scheme", everyItem(equalTo("seven-groups")))
                    .body(item + ".peers.count", equalTo(205))
                    .body(item + ".benchmark.kind", equalTo("peer-median"))
                    .body(item + ".benchmark.reason", equalTo("no-uk-figure-for-period"));
        }

        /**
         * Kent's latest composite index among the 205 SMC areas: the median is the 103rd of their published figures
         * for that period in the seed (type 7 on an odd count), inside [min, max], and the peer-median benchmark
         * compares with that same number.
         */
        @Test
        void peerMedian_isTheMiddleOfThePeersPublishedFigures() throws IOException {
            JsonPath kent = api().get("/api/v1/areas/SMC205-kent/profile?edition=2025")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .using(JsonPathConfig.jsonPathConfig()
                            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
                    .setRootPath("items.find { it.measure == 'conditions-of-childhood' }");
            String period = kent.getString("peers.period");
            List<BigDecimal> published = seedValues("2025/conditions-of-childhood/", "SMC205-", period);
            assertThat(published)
                    .as("SMC205 figures for " + period + " in the seed")
                    .hasSize(205);

            BigDecimal median = kent.getObject("peers.median", BigDecimal.class);
            assertThat(median)
                    .isEqualByComparingTo(published.get(102))
                    .isBetween(published.get(0), published.get(204))
                    .isEqualByComparingTo(kent.getObject("benchmark.value", BigDecimal.class));
            assertThat(kent.getObject("peers.min", BigDecimal.class)).isEqualByComparingTo(published.get(0));
            assertThat(kent.getObject("peers.max", BigDecimal.class)).isEqualByComparingTo(published.get(204));
        }

        @Test
        void everyMeasure_hasABenchmarkWithAReasonTheContractNames() {
            api().get("/api/v1/areas/TLC1/profile?edition=2025")
                    .then()
                    .statusCode(200)
                    .body("items.benchmark.reason", not(empty()))
                    .body(
                            "items.benchmark.reason",
                            everyItem(in(List.of(
                                    "uk-figure-for-period",
                                    "no-uk-figure-for-period",
                                    "missing-interval",
                                    "area-is-uk",
                                    "no-uk-figure-and-too-few-peers"))))
                    .body("items.benchmark.kind", hasItem("peer-median"));
        }
    }

    @Nested
    class Compare {
        @Test
        void twoRegions_sideBySideOnEveryMeasureTheyShare() {
            api().get("/api/v1/areas/compare?areas=TLC1,TLC2&edition=2025")
                    .then()
                    .statusCode(200)
                    .body("areas.area.code", equalTo(List.of("TLC1", "TLC2")))
                    .body("total", greaterThan(0))
                    .body("measures.items", everyItem(hasSize(2)))
                    .body("measures[0].items.area", equalTo(List.of("TLC1", "TLC2")));
        }

        @Test
        void councils_standForTheirCommissionAreas() {
            api().get("/api/v1/areas/compare?areas=Canterbury,Leeds&edition=2025")
                    .then()
                    .statusCode(200)
                    .body("areas.figures_area.code", equalTo(List.of("SMC205-kent", "SMC205-leeds")))
                    .body("areas[0].figures_note", containsString("Kent"))
                    .body("measures.measure", hasItem("conditions-of-childhood"));
        }

        @Test
        void fiveAreas_return400() {
            api().get("/api/v1/areas/compare?areas=TLC1,TLC2,TLD1,TLD3,TLD4")
                    .then()
                    .statusCode(400)
                    .body("errors[0].parameter", equalTo("areas"));
        }

        @Test
        void oneArea_returns400() {
            api().get("/api/v1/areas/compare?areas=TLC1").then().statusCode(400);
        }

        @Test
        void areasOfDifferentTypes_return400() {
            api().get("/api/v1/areas/compare?areas=TLC1,SMC205-kent&edition=2025")
                    .then()
                    .statusCode(400)
                    .body("detail", containsString("different types"));
        }

        @Test
        void sameAreaTwice_returns400() {
            api().get("/api/v1/areas/compare?areas=TLC1,tlc1").then().statusCode(400);
        }
    }
}
