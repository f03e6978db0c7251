package uk.mobilityexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.mobilityexplorer.security.PasswordHash;

/**
 * The packaged service, killed with SIGKILL while an import is writing to its on-disk database, starts again with
 * the previous figures intact and serving. Runs after {@code package} (failsafe), on the embedded H2 database.
 */
class ImportCrashIT {

    private static final Path PROJECT = Path.of(System.getProperty("project.root", "."));
    private static final String PASSWORD = "crash-test-" + System.nanoTime();
    private static final String DRAFT = "/api/v1/measures/distribution-of-earnings/observations?edition=2026-draft&page_size=1000";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dataDir;

    @Test
    void serviceKilledDuringAnImport_restartsWithThePreviousDataIntactAndServing() throws Exception {
        int port = freePort();
        String before;
        String countsBefore;
        Service first = Service.start(dataDir, port);
        try {
            before = get(port, DRAFT);
            countsBefore = get(port, "/api/v1/editions/2026-draft");
            CompletableFuture<HttpResponse<String>> upload = HTTP.sendAsync(largeImport(port),
                    HttpResponse.BodyHandlers.ofString());
            first.awaitLine("replacing the edition in the database", 120);
            first.kill();
            assertThat(upload.handle((r, e) -> r == null ? "no response" : "status " + r.statusCode()).get())
                    .as("the import must not have finished before the kill").isEqualTo("no response");
        } finally {
            first.kill();
        }
        Service second = Service.start(dataDir, port);
        try {
            assertThat(get(port, DRAFT)).isEqualTo(before);
            assertThat(get(port, "/api/v1/editions/2026-draft")).isEqualTo(countsBefore);
        } finally {
            second.kill();
        }
    }

    /** The draft edition's earnings file with ~90,000 distinct rows (every ITL2 area, years 1000 to 2999). */
    private static HttpRequest largeImport(int port) throws IOException {
        List<String> areas = new ArrayList<>();
        for (String line : Files.readAllLines(PROJECT.resolve("seed-data/area-names.csv"))) {
            String[] cells = line.split(",");
            if (cells[0].equals("GENERAL") && cells.length == 3 && cells[2].matches("TL[C-N]\\d")) {
                areas.add(cells[1]);
            }
        }
        StringBuilder csv = new StringBuilder("\"Ind_code\",\"Ind_name\",\"Area_type\",\"Area_code\",\"Area_name\","
                + "\"Time_period\",\"SEB\",\"Age\",\"Sex\",\"Category_type\",\"Category\",\"Value\",\"Sample_size\","
                + "\"LCI\",\"UCI\",\"SE\",\"Unit\",\"Value_note\"\n");
        for (String area : areas) {
            for (int year = 1000; year < 3000; year++) {
                csv.append("\"DR11\",\"Distribution of earnings\",\"ITL2\",\"X\",\"").append(area).append("\",\"")
                        .append(year).append("\",NA,NA,\"Total\",NA,NA,").append(year % 7 + 2.5)
                        .append(",NA,NA,NA,NA,\"Ratio\",NA\n");
            }
        }
        String boundary = "crash-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + "DR11-1.0-distribution-of-earnings--full-dataset.csv\"\r\nContent-Type: text/csv\r\n\r\n" + csv
                + "\r\n--" + boundary + "--\r\n";
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/editions/2026-draft/files"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("importer:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The packaged service as a child process, with its output collected line by line. */
    private record Service(Process process, BlockingQueue<String> lines) {

        static Service start(Path dataDir, int port) throws Exception {
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dquarkus.http.port=" + port, "-jar",
                    PROJECT.resolve("target/quarkus-app/quarkus-run.jar").toString()).redirectErrorStream(true);
            builder.environment().put("MOBILITY_DATA_DIR", dataDir.toAbsolutePath().toString());
            builder.environment().put("MOBILITY_ADMIN_ACCOUNTS",
                    "importer|importer|" + PasswordHash.hash(PASSWORD.toCharArray()));
            Process process = builder.start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    in.lines().forEach(lines::add);
                } catch (IOException e) {
                    lines.add("output closed: " + e.getMessage());
                }
            });
            reader.setDaemon(true);
            reader.start();
            Service service = new Service(process, lines);
            service.awaitLine("Listening on", 120);
            return service;
        }

        void awaitLine(String fragment, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null && line.contains(fragment)) {
                    return;
                }
                if (line == null && !process.isAlive()) {
                    throw new AssertionError("service exited (" + process.exitValue() + ") before '" + fragment + "'");
                }
            }
            throw new AssertionError("no '" + fragment + "' within " + seconds + " s");
        }

        void kill() throws InterruptedException {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
