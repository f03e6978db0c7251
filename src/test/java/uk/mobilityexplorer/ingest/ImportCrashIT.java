package uk.mobilityexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.mobilityexplorer.security.PasswordHash;
import uk.mobilityexplorer.support.PostgresServer;

/**
 * The packaged service is killed with SIGKILL while an import is inside its database transaction, at several points
 * reached deterministically ({@link ImportPause}: after the old rows are deleted and N new rows written, announced in
 * the log). After each restart the draft edition serves exactly what it served before the import (every measure's
 * count, sum and bytes), the seed is not loaded again, and the next import still goes through. On the embedded H2
 * database, and on PostgreSQL where the build has a PostgreSQL package (pom profile 'postgresql').
 */
class ImportCrashIT {

    private static final Path PROJECT = Path.of(System.getProperty("project.root", "."));
    private static final String PASSWORD = "crash-test-" + System.nanoTime();
    private static final String DRAFT = "2026-draft";
    /** Rows written when the kill comes: 0 is right after the deletes; the largest is past the end, before commit. */
    private static final List<Long> CRASH_POINTS = List.of(0L, 1_000L, 10_000L, Long.MAX_VALUE);

    private static final String LARGE_IMPORT = largeImportCsv();
    /** Data rows in {@link #LARGE_IMPORT}, each one observation. */
    private static final long LARGE_IMPORT_ROWS =
            LARGE_IMPORT.chars().filter(c -> c == '\n').count() - 1;

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void onH2_killedAtEachPointInsideTheImportTransaction_restartsWithTheDraftUnchanged() throws Exception {
        crashAtEveryPoint(
                PROJECT.resolve("target/quarkus-app/quarkus-run.jar"),
                Map.of("MOBILITY_DATA_DIR", dataDir.toAbsolutePath().toString()));
    }

    @Test
    void onPostgresql_killedAtEachPointInsideTheImportTransaction_restartsWithTheDraftUnchanged() throws Exception {
        String url = PostgresServer.requireUrl("PostgreSQL crash test");
        Path jar = PROJECT.resolve("target/quarkus-app-postgresql/quarkus-run.jar");
        assertThat(jar)
                .as("PostgreSQL package (built by the pom's 'postgresql' profile)")
                .exists();
        String user = System.getenv().getOrDefault("MOBILITY_PG_USER", "mobility");
        String password = System.getenv().getOrDefault("MOBILITY_PG_PASSWORD", "mobility");
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute("drop schema if exists import_crash cascade");
        }
        crashAtEveryPoint(
                jar,
                Map.of(
                        "QUARKUS_DATASOURCE_JDBC_URL",
                        url + (url.contains("?") ? "&" : "?") + "currentSchema=import_crash",
                        "QUARKUS_FLYWAY_SCHEMAS",
                        "import_crash",
                        "QUARKUS_DATASOURCE_USERNAME",
                        user,
                        "QUARKUS_DATASOURCE_PASSWORD",
                        password));
    }

    private void crashAtEveryPoint(Path jar, Map<String, String> database) throws Exception {
        int port = freePort();
        Service service = Service.start(jar, database, port, CRASH_POINTS.get(0));
        assertThat(service.output()).anyMatch(line -> line.contains("Loaded ") && line.contains("seed rows"));
        Map<String, String> before = draft(port);
        assertThat(before).as("draft measures").hasSizeGreaterThan(10);
        for (int i = 0; i < CRASH_POINTS.size(); i++) {
            CompletableFuture<HttpResponse<String>> upload =
                    HTTP.sendAsync(largeImport(port), HttpResponse.BodyHandlers.ofString());
            String held = service.awaitLine(ImportPause.ANNOUNCEMENT, 300);
            long point = CRASH_POINTS.get(i);
            // The point asked for is the point reached: an import too small for it would pause before the commit.
            assertThat(held)
                    .as("where the import was held for the kill at " + point + " rows")
                    .contains(
                            point == Long.MAX_VALUE
                                    ? "all " + LARGE_IMPORT_ROWS + " new observations written, before the commit"
                                    : "old rows deleted, " + point + " new observations written;");
            service.kill();
            assertThat(upload.handle((r, e) -> r == null ? "no response" : "status " + r.statusCode())
                            .get())
                    .as("the import must not have finished before the kill")
                    .isEqualTo("no response");
            Long next = i + 1 < CRASH_POINTS.size() ? CRASH_POINTS.get(i + 1) : null;
            service = Service.start(jar, database, port, next);
            assertThat(service.output())
                    .as("restart after the kill at " + CRASH_POINTS.get(i) + " rows")
                    .anyMatch(line -> line.contains("Database already holds data; seed not loaded"))
                    .noneMatch(line -> line.contains("seed rows from"));
            assertThat(draft(port))
                    .as("draft after the kill at " + CRASH_POINTS.get(i) + " rows")
                    .isEqualTo(before);
        }
        try {
            HttpResponse<String> imported = HTTP.send(largeImport(port), HttpResponse.BodyHandlers.ofString());
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            JsonNode outcome = JSON.readTree(imported.body());
            assertThat(draft(port).get("distribution-of-earnings"))
                    .startsWith("count=" + outcome.path("observations").asInt() + " ");
        } finally {
            service.kill();
        }
    }

    /** Per draft measure: how many observations it serves, their sum, and a digest of every page's bytes. */
    private static Map<String, String> draft(int port) throws Exception {
        Map<String, String> figures = new TreeMap<>();
        for (JsonNode measure :
                JSON.readTree(get(port, "/api/v1/measures?edition=" + DRAFT)).path("items")) {
            String code = measure.path("code").asText();
            long count = 0;
            BigDecimal sum = BigDecimal.ZERO;
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (int page = 1; ; page++) {
                String body = get(
                        port,
                        "/api/v1/measures/" + code + "/observations?edition=" + DRAFT + "&page_size=1000&page=" + page);
                digest.update(body.getBytes(StandardCharsets.UTF_8));
                JsonNode items = JSON.readTree(body).path("items");
                for (JsonNode item : items) {
                    count++;
                    if (item.path("value").isNumber()) {
                        sum = sum.add(item.path("value").decimalValue());
                    }
                }
                if (items.size() < 1000) {
                    break;
                }
            }
            figures.put(
                    code,
                    "count=" + count + " sum=" + sum.stripTrailingZeros().toPlainString() + " sha256="
                            + java.util.HexFormat.of().formatHex(digest.digest()));
        }
        return figures;
    }

    /** The admin upload of {@link #LARGE_IMPORT} into the draft edition. */
    private static HttpRequest largeImport(int port) {
        String boundary = "crash-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + "DR11-1.0-distribution-of-earnings--full-dataset.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                + LARGE_IMPORT
                + "\r\n--" + boundary + "--\r\n";
        return HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/admin/editions/" + DRAFT + "/files"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(("importer:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /**
     * The draft edition's earnings file with ~20,000 distinct rows (every ITL2 area, years 1000 to 1499): several
     * insert batches, so the kills land at different depths of the transaction, yet quick enough to import ten times.
     */
    private static String largeImportCsv() {
        List<String> areas = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(PROJECT.resolve("seed-data/area-names.csv"))) {
                String[] cells = line.split(",");
                if (cells[0].equals("GENERAL") && cells.length == 3 && cells[2].matches("TL[C-N]\\d")) {
                    areas.add(cells[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder csv = new StringBuilder("\"Ind_code\",\"Ind_name\",\"Area_type\",\"Area_code\",\"Area_name\","
                + "\"Time_period\",\"SEB\",\"Age\",\"Sex\",\"Category_type\",\"Category\",\"Value\",\"Sample_size\","
                + "\"LCI\",\"UCI\",\"SE\",\"Unit\",\"Value_note\"\n");
        for (String area : areas) {
            for (int year = 1000; year < 1500; year++) {
                csv.append("\"DR11\",\"Distribution of earnings\",\"ITL2\",\"X\",\"")
                        .append(area)
                        .append("\",\"")
                        .append(year)
                        .append("\",NA,NA,\"Total\",NA,NA,")
                        .append(year % 7 + 2.5)
                        .append(",NA,NA,NA,NA,\"Ratio\",NA\n");
            }
        }
        return csv.toString();
    }

    private static String get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The packaged service as a child process, with its output collected line by line. */
    private record Service(Process process, BlockingQueue<String> lines, List<String> output) {

        /** Starts the service; with {@code pauseAfterRows} set, its next import stops at that point. */
        static Service start(Path jar, Map<String, String> database, int port, Long pauseAfterRows) throws Exception {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dquarkus.http.port=" + port));
            if (pauseAfterRows != null) {
                command.add("-Dmobility.import.test-pause-after-rows=" + pauseAfterRows);
            }
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(database);
            builder.environment()
                    .put("MOBILITY_ADMIN_ACCOUNTS", "importer|importer|" + PasswordHash.hash(PASSWORD.toCharArray()));
            Process process = builder.start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            List<String> output = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    in.lines().forEach(line -> {
                        output.add(line);
                        lines.add(line);
                    });
                } catch (IOException e) {
                    lines.add("output closed: " + e.getMessage());
                }
            });
            reader.setDaemon(true);
            reader.start();
            Service service = new Service(process, lines, output);
            service.awaitLine("Listening on", 180);
            return service;
        }

        /** The next line of output that contains {@code fragment}. */
        String awaitLine(String fragment, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null && line.contains(fragment)) {
                    return line;
                }
                if (line == null && !process.isAlive()) {
                    throw new AssertionError("service exited (" + process.exitValue() + ") before '" + fragment + "':\n"
                            + String.join("\n", output));
                }
            }
            throw new AssertionError("no '" + fragment + "' within " + seconds + " s");
        }

        /** SIGKILL: the JVM gets no chance to run shutdown hooks or finish the transaction. */
        void kill() throws InterruptedException {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
