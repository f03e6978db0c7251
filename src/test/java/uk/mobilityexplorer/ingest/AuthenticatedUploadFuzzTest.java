package uk.mobilityexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mobilityexplorer.support.ApiSpec.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import uk.mobilityexplorer.api.v1.EditionImportResourceTest;
import uk.mobilityexplorer.support.ApiSpec;
import uk.mobilityexplorer.support.ContractOperation;

/**
 * The admin import fuzzed with a valid account, which the contract fuzzer (wrong or no credentials) never reaches:
 * published files broken at random (truncated, cells replaced by hostile text, columns dropped, bytes inserted,
 * names changed). Every answer must be a status the contract documents for the upload, errors problem+json, each
 * refused file named with file:line:column, and the draft's figures in the database unchanged by every refusal. A
 * fresh seed per run (printed; rerun with {@code -Dupload-fuzz.seed=N}) and a fixed regression seed.
 */
@QuarkusTest
@TestProfile(EditionImportResourceTest.Accounts.class)
class AuthenticatedUploadFuzzTest {

    private static final String FILES = "/api/v1/admin/editions/2026-draft/files";
    private static final String FILE = "DR11-1.0-distribution-of-earnings--full-dataset.csv";
    private static final long REGRESSION_SEED = 2026_12_01L;
    private static final int UPLOADS_PER_SEED = 100;
    private static final List<String> HOSTILE_CELLS = List.of(
            "",
            "NA",
            "x",
            "three",
            "1e400",
            "-0",
            "NaN",
            "\"",
            "\"\"\"",
            "a,b",
            "\n",
            "\r",
            "\u0000",
            "😀",
            "ñ€𝔘漢字",
            "'; drop table observation; --",
            "9".repeat(400),
            "y".repeat(5000));
    private static final List<String> FILE_NAMES = List.of(
            FILE,
            "../" + FILE,
            "DR99-1.0-unknown-measure--full-dataset.csv",
            "DR11.csv",
            "notes.txt",
            "",
            "😀.csv",
            "DR11-1.0-distribution-of-earnings--full-dataset.csv.gz");

    @Inject
    AgroalDataSource dataSource;

    private final ContractOperation upload =
            ContractOperation.readAll(ApiSpec.PROJECT.resolve("openapi/openapi.yaml")).stream()
                    .filter(op -> op.method().equals("PUT"))
                    .findFirst()
                    .orElseThrow();

    @TestFactory
    Stream<DynamicTest> brokenUploadsAreRefusedClearly_andChangeNothing() {
        long randomSeed = Long.getLong("upload-fuzz.seed", new SecureRandom().nextLong());
        return Stream.of(
                DynamicTest.dynamicTest("random seed " + randomSeed, () -> fuzz(randomSeed)),
                DynamicTest.dynamicTest("regression seed " + REGRESSION_SEED, () -> fuzz(REGRESSION_SEED)));
    }

    private void fuzz(long seed) throws SQLException {
        System.out.printf(
                "Upload fuzz: seed %d, %d uploads (rerun with -Dupload-fuzz.seed=%d)%n", seed, UPLOADS_PER_SEED, seed);
        Random random = new Random(seed);
        Map<String, List<String>> failures = new TreeMap<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        String draft = DraftFigures.in(dataSource);
        for (int i = 0; i < UPLOADS_PER_SEED; i++) {
            String name = random.nextInt(4) == 0 ? FILE_NAMES.get(random.nextInt(FILE_NAMES.size())) : FILE;
            String content = broken(PublishedDr11.rows(1 + random.nextInt(20), "2.5"), random);
            Response response = api().auth()
                    .preemptive()
                    .basic("importer", EditionImportResourceTest.importerPassword())
                    .spec(EditionImportResourceTest.upload(name, content.getBytes(StandardCharsets.UTF_8)))
                    .put(FILES);
            int status = response.statusCode();
            statuses.merge(status, 1, Integer::sum);
            String example = "file " + name + " (" + content.length() + " chars) -> " + status + " "
                    + abbreviate(response.body().asString());
            String after = DraftFigures.in(dataSource);
            if (!upload.statuses().contains(status)) {
                failures.computeIfAbsent("status " + status + " not documented", k -> new ArrayList<>())
                        .add(example);
            } else if (status >= 400 && !response.contentType().startsWith("application/problem+json")) {
                failures.computeIfAbsent(status + " not problem+json", k -> new ArrayList<>())
                        .add(example);
            } else if (status == 422 && !everyErrorSaysWhere(response, name)) {
                failures.computeIfAbsent("422 without file:line:column", k -> new ArrayList<>())
                        .add(example);
            } else if (status != 200 && !after.equals(draft)) {
                failures.computeIfAbsent(status + " changed the draft", k -> new ArrayList<>())
                        .add(example);
            }
            draft = after;
        }
        System.out.printf("Upload fuzz: seed %d, statuses %s, %d failing kinds%n", seed, statuses, failures.size());
        assertThat(failures)
                .as("seed " + seed + ", rerun with -Dupload-fuzz.seed=" + seed)
                .isEmpty();
        assertThat(statuses).as("some uploads refused as unreadable").containsKey(422);
    }

    /**
     * Every error names the file, line and column; a file refused for its name alone (not a published file name, or
     * a measure the catalogue lacks) is named without a line.
     */
    private static boolean everyErrorSaysWhere(Response response, String name) {
        List<String> messages = response.jsonPath().getList("errors.message", String.class);
        String where = name.equals(FILE) ? "releases/2026-draft/[^:]+:\\d+:\\d+: .+" : "releases/2026-draft/.+: .+";
        return messages != null && !messages.isEmpty() && messages.stream().allMatch(m -> m.matches("(?s)" + where));
    }

    /** A valid file with one to three breakages drawn at random. */
    private static String broken(String valid, Random random) {
        List<BiFunction<String, Random, String>> breakages = List.of(
                AuthenticatedUploadFuzzTest::truncated,
                AuthenticatedUploadFuzzTest::hostileCell,
                AuthenticatedUploadFuzzTest::droppedCell,
                AuthenticatedUploadFuzzTest::insertedText,
                (csv, r) -> csv.replace("\n", "\r\n"),
                (csv, r) -> "\uFEFF" + csv,
                (csv, r) -> csv + csv.substring(0, csv.indexOf('\n') + 1));
        String content = valid;
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            content = breakages.get(random.nextInt(breakages.size())).apply(content, random);
        }
        return content;
    }

    private static String truncated(String csv, Random random) {
        return csv.substring(0, random.nextInt(csv.length() + 1));
    }

    /** One comma-separated cell of one line replaced by hostile text. */
    private static String hostileCell(String csv, Random random) {
        List<String> lines = new ArrayList<>(List.of(csv.split("\n", -1)));
        int line = random.nextInt(lines.size());
        List<String> cells = new ArrayList<>(List.of(lines.get(line).split(",", -1)));
        cells.set(random.nextInt(cells.size()), HOSTILE_CELLS.get(random.nextInt(HOSTILE_CELLS.size())));
        lines.set(line, String.join(",", cells));
        return String.join("\n", lines);
    }

    private static String droppedCell(String csv, Random random) {
        List<String> lines = new ArrayList<>(List.of(csv.split("\n", -1)));
        int line = random.nextInt(lines.size());
        List<String> cells = new ArrayList<>(List.of(lines.get(line).split(",", -1)));
        cells.remove(random.nextInt(cells.size()));
        lines.set(line, String.join(",", cells));
        return String.join("\n", lines);
    }

    private static String insertedText(String csv, Random random) {
        int at = random.nextInt(csv.length() + 1);
        return csv.substring(0, at) + HOSTILE_CELLS.get(random.nextInt(HOSTILE_CELLS.size())) + csv.substring(at);
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
