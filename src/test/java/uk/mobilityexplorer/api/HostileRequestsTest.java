package uk.mobilityexplorer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Seeded random requests built from the contract's operations and parameters, filled with hostile values. Whatever
 * arrives, the answer is a documented status with problem+json or data, never a 5xx. Reproduce a failure with
 * -Dfuzz.seed=N (printed at the start); -Dfuzz.requests sets the count.
 */
@QuarkusTest
class HostileRequestsTest {

    private static final String ADMIN_IMPORT = "/api/v1/admin/editions/{id}/files";
    private static final Map<String, List<String>> OPERATIONS = Map.of(
            "/api/v1/editions", List.of(),
            "/api/v1/editions/{id}", List.of(),
            "/api/v1/editions/{id}/changes", List.of("since"),
            "/api/v1/measures", List.of("edition", "domain", "topic", "q", "format"),
            "/api/v1/measures/{id}", List.of("edition"),
            "/api/v1/measures/{id}/observations", List.of("edition", "version", "area", "area_type", "period", "sort",
                    "page", "page_size", "format", "sex", "seb", "ethnicity", "disability"),
            "/api/v1/measures/{id}/gaps", List.of("edition", "dimension", "from", "to", "area", "format"),
            "/api/v1/areas", List.of("type", "parent", "format"),
            "/api/v1/areas/{id}", List.of(),
            "/api/v1/areas/{id}/profile", List.of("edition", "format"));
    private static final List<String> GOOD_IDS = List.of("2025", "latest", "DR32", "youth-unemployment", "TLC1",
            "K02000001", "unemployment", "CI1", "seb", "female", "lower-working", "2014-2024", "csv", "-value", "2", "itl2");
    private static final List<String> HOSTILE = List.of("", " ", "'; drop table observation; --", "1 OR 1=1",
            "../../etc/passwd", "..\\..\\windows", "%00", "\u0000", "ñ€𝔘漢字", "😀", "<script>alert(1)</script>",
            "-1", "0", "2147483648", "-2147483649", "99999999999999999999", "1e9", "NaN", "null", "{}", "[]", "%",
            "\\", "a".repeat(5000), "x".repeat(200), "TLC1,TLC2,TLC3", "K02000001,".repeat(150), "format=csv",
            "latest'", "2025 ", " 2025");
    private static final Set<Integer> ALLOWED = Set.of(200, 304, 400, 401, 404, 405, 406, 411, 414, 415, 431);
    /** No account exists in this profile, so every import attempt must be turned away, whatever it carries. */
    private static final List<String> CREDENTIALS = List.of("", "Basic aW1wb3J0ZXI6aW1wb3J0ZXI=", "Basic %%%",
            "Basic " + "A".repeat(3000), "Bearer x", "Basic YWRtaW46", "Basic OmFkbWlu");

    @Test
    void hostileRequestsNeverFailTheServer() {
        long seed = Long.getLong("fuzz.seed", 20261122L);
        int requests = Integer.getInteger("fuzz.requests", 3000);
        System.out.printf("Hostile requests: seed %d, %d requests%n", seed, requests);
        Random random = new Random(seed);
        List<String> paths = new ArrayList<>(OPERATIONS.keySet());
        paths.add(ADMIN_IMPORT);
        paths.sort(String::compareTo);
        RestAssuredConfig raw = RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                .defaultQueryParameterCharset("UTF-8"));
        for (int i = 0; i < requests; i++) {
            String template = paths.get(random.nextInt(paths.size()));
            String path = template.replace("{id}", encode(value(random)));
            RequestSpecification request = given().config(raw).urlEncodingEnabled(false);
            for (String name : OPERATIONS.getOrDefault(template, List.of())) {
                if (random.nextInt(3) == 0) {
                    int repeats = random.nextInt(10) == 0 ? 2 : 1;
                    for (int r = 0; r < repeats; r++) {
                        request = request.queryParam(name, encode(value(random)));
                    }
                }
            }
            if (random.nextInt(8) == 0) {
                request = request.queryParam(encode(value(random)), encode(value(random)));
            }
            if (random.nextInt(10) == 0) {
                request = request.accept(random.nextBoolean() ? "application/xml" : "text/csv");
            }
            Response response;
            if (template.equals(ADMIN_IMPORT)) {
                String credentials = CREDENTIALS.get(random.nextInt(CREDENTIALS.size()));
                if (!credentials.isEmpty()) {
                    request = request.header("Authorization", credentials);
                }
                request = random.nextBoolean() ? request.contentType("multipart/form-data; boundary=b")
                        .body(("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + value(random)
                                + "\"\r\n\r\n" + value(random) + "\r\n--b--\r\n").getBytes(StandardCharsets.UTF_8))
                        : request.contentType("text/plain").body(value(random));
                response = request.put(path);
                assertThat(response.statusCode()).as("import without a valid account, seed " + seed).isGreaterThanOrEqualTo(400);
            } else {
                response = random.nextInt(25) == 0 ? request.delete(path) : request.get(path);
            }
            int status = response.statusCode();
            String context = "request " + i + " (seed " + seed + "): " + path + " -> " + status + " " + response.asString();
            assertThat(status).as(context).isIn(ALLOWED);
            if (status >= 400 && status != 414 && status != 431) {
                assertThat(response.contentType()).as(context).startsWith("application/problem+json");
                assertThat(response.asString()).as(context).doesNotContain("Exception").doesNotContain("at uk.");
            }
        }
    }

    private static String value(Random random) {
        return random.nextInt(3) == 0 ? GOOD_IDS.get(random.nextInt(GOOD_IDS.size()))
                : random.nextInt(4) == 0 ? randomText(random) : HOSTILE.get(random.nextInt(HOSTILE.size()));
    }

    private static String randomText(Random random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            s.appendCodePoint(random.nextInt(5) == 0 ? 0x80 + random.nextInt(0x2000) : 0x20 + random.nextInt(0x5f));
        }
        return s.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
