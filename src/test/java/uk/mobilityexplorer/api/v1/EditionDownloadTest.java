package uk.mobilityexplorer.api.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static uk.mobilityexplorer.support.ApiSpec.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** GET /api/v1/editions/{id}/observations: the whole edition in one CSV. */
@QuarkusTest
class EditionDownloadTest {

    private static final String BULK = "/api/v1/editions/{id}/observations";
    /** Without this, REST Assured asks for gzip on every request and unpacks the answer itself. */
    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    @Test
    void holdsEachMeasuresRowsWithExactlyTheColumnsOfItsOwnCsv() throws IOException {
        List<CSVRecord> bulk = csv(plain("2025").asString());
        List<CSVRecord> own =
                csv(api().get("/api/v1/measures/youth-unemployment/observations?edition=2025&format=csv&page_size=1000")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());

        assertThat(bulk.get(0).values()).containsExactly(prefixed(own.get(0).values()));
        List<List<String>> youthUnemployment = bulk.stream()
                .skip(1)
                .filter(r -> r.get(0).equals("youth-unemployment"))
                .map(r -> r.toList().subList(3, r.size()))
                .toList();
        assertThat(youthUnemployment)
                .isEqualTo(own.stream().skip(1).map(CSVRecord::toList).toList());
    }

    @Test
    void countsEveryObservationTheEditionServes() throws IOException {
        long rows = csv(plain("2024").asString()).size() - 1;
        long served = 0;
        for (String code : api().get("/api/v1/measures?edition=2024")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.code", String.class)) {
            served += api().get("/api/v1/measures/{code}/observations?edition=2024&page_size=1", code)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getLong("total");
        }
        assertThat(rows).isEqualTo(served).isPositive();
    }

    @Test
    void isGzipCompressedWhenTheClientAcceptsGzip() throws IOException {
        byte[] zipped = api().config(RAW)
                .header("Accept-Encoding", "gzip")
                .get(BULK, "2023")
                .then()
                .statusCode(200)
                .header("Content-Encoding", "gzip")
                .extract()
                .asByteArray();
        try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(plain("2023").asString());
        }
    }

    @Test
    void answersNotModifiedToItsOwnWeakEtag() {
        String etag = plain("2023").getHeader("ETag");
        assertThat(etag).startsWith("W/\"");
        api().header("If-None-Match", etag).get(BULK, "2023").then().statusCode(304);
    }

    @Test
    void isOfferedAsAFileNamedAfterTheEdition() {
        plain("2025")
                .then()
                .header(
                        "Content-Disposition",
                        equalTo("attachment; filename=\"mobility-explorer-2025-observations.csv\""))
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"))
                .header("Vary", equalTo("Accept-Encoding, Origin"));
    }

    @Test
    void unknownEdition_isAProblemNamingIt() {
        api().get(BULK, "1999")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No edition has the code '1999'."));
    }

    @Test
    void anyQueryParameter_isRefused() {
        api().get(BULK + "?measure=youth-unemployment", "2025")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("Unknown parameter 'measure'"));
    }

    private static Response plain(String edition) {
        Response response = api().config(RAW).get(BULK, edition);
        response.then().statusCode(200).contentType("text/csv").header("Content-Encoding", nullValue());
        return response;
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    private static String[] prefixed(String[] measureColumns) {
        List<String> columns = new ArrayList<>(List.of("measure", "measure_title", "edition"));
        columns.addAll(List.of(measureColumns));
        return columns.toArray(String[]::new);
    }
}
