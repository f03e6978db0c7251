package uk.mobilityexplorer.staticclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/**
 * Generates the whole site from the real API (the jar built by the root project, with its seed data) and checks
 * every page: no script, labelled charts followed by tables, one h1, size budget, html-validate and axe-core.
 */
class GeneratedSiteTest {

    private static final Path API_JAR = Path.of("../target/quarkus-app/quarkus-run.jar");
    private static final Path SITE = Path.of("target/site");
    private static final int PAGE_BUDGET = 150 * 1024;
    private static Process api;
    private static List<Path> pages;

    @BeforeAll
    static void generateFromTheRealApi() throws Exception {
        assertTrue(Files.exists(API_JAR), "Build the API first (mvn -B verify at the repository root): " + API_JAR);
        int port = freePort();
        Path data = Files.createTempDirectory("mobility-data");
        api = new ProcessBuilder("java", "-Dquarkus.http.port=" + port, "-Dmobility.data-dir=" + data, "-jar",
                API_JAR.toString()).redirectErrorStream(true).redirectOutput(Path.of("target/api.log").toFile()).start();
        String base = "http://localhost:" + port;
        SiteServer.awaitReady(base, 120);
        long start = System.nanoTime();
        int written = uk.mobilityexplorer.staticclient.site.SiteGenerator.toStandardOutput(base, SITE).generate();
        System.out.printf("Generated %d pages in %d ms%n", written, (System.nanoTime() - start) / 1_000_000);
        try (Stream<Path> files = Files.walk(SITE)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @AfterAll
    static void stopApi() throws InterruptedException {
        if (api != null) {
            api.destroy();
            api.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyPageKindIsWritten() {
        for (String page : List.of("index.html", "measures/index.html", "measures/youth-unemployment/2025.html",
                "areas/index.html", "areas/TLC1.html", "editions/2025.html", "embed/measures/youth-unemployment/2025/by-area.html",
                "embed/areas/TLC1.html")) {
            assertTrue(Files.exists(SITE.resolve(page)), page);
        }
        assertTrue(pages.size() > 200, "pages: " + pages.size());
    }

    @Test
    void noPageContainsScriptOrInlineHandlers() throws IOException {
        Pattern handler = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        for (Path p : pages) {
            String html = read(p);
            assertFalse(html.toLowerCase().contains("<script"), p.toString());
            assertFalse(handler.matcher(html).find(), p.toString());
        }
    }

    @Test
    void everyChartHasTitleAndDescriptionAndIsFollowedByItsTable() throws IOException {
        Pattern svg = Pattern.compile("<svg[^>]*>(.*?)</svg>", Pattern.DOTALL);
        for (Path p : pages) {
            String html = read(p);
            Matcher m = svg.matcher(html);
            while (m.find()) {
                assertTrue(m.group(1).startsWith("<title"), p + ": svg without a leading title");
                assertTrue(m.group(1).contains("<desc"), p + ": svg without a description");
                String after = html.substring(m.end());
                int table = after.indexOf("<table");
                int nextSvg = after.indexOf("<svg");
                assertTrue(table >= 0 && (nextSvg < 0 || table < nextSvg), p + ": svg not followed by its table");
            }
        }
    }

    @Test
    void everyPageHasExactlyOneMainHeading() throws IOException {
        for (Path p : pages) {
            assertEquals(1, read(p).split("<h1").length - 1, p.toString());
        }
    }

    @Test
    void pagesWithoutMapsStayWithinTheSizeBudget() throws IOException {
        for (Path p : pages) {
            if (!read(p).contains("map of ITL2 regions")) {
                assertTrue(Files.size(p) <= PAGE_BUDGET, p + " is " + Files.size(p) + " bytes");
            }
        }
    }

    @Test
    void embedsCarrySourceAndEditionWithoutSiteChrome() throws IOException {
        String embed = read(SITE.resolve("embed/measures/youth-unemployment/2025/by-area.html"));
        assertFalse(embed.contains("<header"));
        assertTrue(embed.contains("Source: Social Mobility Commission, State of the Nation 2025"));
        assertTrue(read(SITE.resolve("measures/youth-unemployment/2025.html")).contains("&lt;iframe src="));
    }

    @Test
    void htmlValidateReportsNoErrors() throws Exception {
        Path validator = Path.of("node_modules/.bin/html-validate");
        assertTrue(Files.exists(validator), "html-validate is installed by the build (npm install); not found");
        List<String> command = new ArrayList<>(List.of(validator.toString()));
        pages.forEach(p -> command.add(p.toString()));
        assertEquals(0, run(command, 300), "html-validate found errors");
    }

    @Test
    void axeReportsNoViolationsOnEachPageKind() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/usr/bin/chromedriver")),
                "chromium-driver is not installed here; axe-core check skipped (.ci/run installs it)");
        HttpServer server = SiteServer.serve(SITE.toAbsolutePath(), 0);
        try {
            String base = "http://localhost:" + server.getAddress().getPort() + "/";
            List<String> command = new ArrayList<>(List.of("node_modules/.bin/axe"));
            for (String page : List.of("index.html", "measures/index.html", "measures/youth-unemployment/2025.html",
                    "measures/level-of-trust-fairness-and-helpfulness/2025.html", "areas/index.html", "areas/TLC1.html",
                    "editions/2025.html", "embed/measures/youth-unemployment/2025/by-area.html", "embed/areas/TLC1.html")) {
                command.add(base + page);
            }
            command.addAll(List.of("--chromedriver-path", "/usr/bin/chromedriver", "--chrome-options",
                    "headless,no-sandbox,disable-gpu,disable-background-networking,disable-component-update,no-first-run",
                    "--exit"));
            assertEquals(0, run(command, 300), "axe-core found violations");
        } finally {
            server.stop(0);
        }
    }

    /** Runs a checker; its output is printed so a failure shows what it found. */
    private static int run(List<String> command, int seconds) throws Exception {
        Path log = Files.createTempFile("checker", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(seconds, TimeUnit.SECONDS), "timed out: " + command.get(0));
        String output = Files.readString(log);
        System.out.println(output.length() > 20_000 ? output.substring(0, 20_000) + "\n[output truncated]" : output);
        return p.exitValue();
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
