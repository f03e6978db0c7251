package uk.mobilityexplorer.staticclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import uk.mobilityexplorer.staticclient.api.ApiClient;
import uk.mobilityexplorer.staticclient.api.model.Area;
import uk.mobilityexplorer.staticclient.api.model.Caveat;
import uk.mobilityexplorer.staticclient.api.model.Measure;
import uk.mobilityexplorer.staticclient.api.model.MeasureSummary;
import uk.mobilityexplorer.staticclient.api.model.PresentationSection;
import uk.mobilityexplorer.staticclient.site.SiteGenerator;

/**
 * Generates the whole site from the real API (the jar built by the root project, with its seed data) and checks
 * every page: the first explorer's addresses still answer, embeds resolve, no script or inline style, readable chart
 * text, one table per section, size budgets, html-validate and axe-core.
 */
class GeneratedSiteTest {

    private static final Path API_JAR = Path.of("../target/quarkus-app/quarkus-run.jar");
    private static final Path SITE = Path.of("target/site");
    private static final String SITE_BASE = System.getProperty("site.base.url", SiteGenerator.DEFAULT_SITE_BASE);
    private static final int PAGE_BUDGET = 150 * 1024;
    private static final int MAP_PAGE_BUDGET = 400 * 1024;
    private static final int MIN_FONT_PX = 12;
    private static Process api;
    private static String apiBase;
    private static List<Path> pages;

    @BeforeAll
    static void generateFromTheRealApi() throws Exception {
        assertTrue(Files.exists(API_JAR), "Build the API first (mvn -B verify at the repository root): " + API_JAR);
        int port = freePort();
        Path data = Files.createTempDirectory("mobility-data");
        api = new ProcessBuilder("java", "-Dquarkus.http.port=" + port, "-Dmobility.data-dir=" + data, "-jar",
                API_JAR.toString()).redirectErrorStream(true).redirectOutput(Path.of("target/api.log").toFile()).start();
        apiBase = "http://localhost:" + port;
        SiteServer.awaitReady(apiBase, 120);
        deleteRecursively(SITE);
        SiteGenerator.toStandardOutput(apiBase, SITE).generate();
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

    private static Document parse(Path p) {
        try {
            return Jsoup.parse(read(p));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyAddressOfTheFirstExplorerStillAnswers() throws IOException {
        List<String> missing = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/first-explorer-pages.txt")) {
            for (String path : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Path page = SITE.resolve(path);
                if (!Files.exists(page)) {
                    missing.add(path);
                } else if (path.endsWith(".html")) {
                    Element refresh = parse(page).selectFirst("meta[http-equiv=refresh]");
                    if (refresh != null) {
                        String target = refresh.attr("content").replaceFirst("^0; url=", "");
                        if (!Files.exists(page.getParent().resolve(target).normalize())) {
                            missing.add(path + " -> " + target);
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyMapTheCommissionSaysNotToRankShowsThatWarning() throws Exception {
        ApiClient client = new ApiClient(apiBase);
        List<String> checked = new ArrayList<>();
        List<String> withoutWarning = new ArrayList<>();
        for (MeasureSummary summary : client.measures().items()) {
            for (String edition : summary.editions()) {
                Measure m = client.measure(summary.code(), edition);
                if (m.presentation() == null) {
                    continue;
                }
                for (PresentationSection section : m.presentation().sections()) {
                    Caveat warning = section.caveats().stream().filter(c -> c.code().equals("do-not-rank-regions"))
                            .findFirst().orElse(null);
                    if (warning == null) {
                        continue;
                    }
                    String where = summary.code() + "/" + edition + "#" + section.key();
                    checked.add(where);
                    Path folder = SITE.resolve("measures").resolve(summary.code());
                    // The section is on the measure page, or (long, or split by category) on pages of its own.
                    StringBuilder shown = new StringBuilder(read(folder.resolve(edition + ".html")));
                    for (Path own : pages) {
                        if (own.getParent().equals(folder.resolve(edition))
                                && own.getFileName().toString().startsWith(section.key())) {
                            shown.append(read(own));
                        }
                    }
                    if (section.links() == null || !Jsoup.parse(shown.toString()).text().contains(warning.text())) {
                        withoutWarning.add(where);
                    }
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(30);
        assertThat(withoutWarning).isEmpty();
    }

    @Test
    void everyCouncilReachesACommissionAreaPageInTwoClicksFromHome() throws Exception {
        List<Area> councils = new ApiClient(apiBase).areas("la").items();
        Map<Path, Document> letterPages = parse(SITE.resolve("index.html")).select("a[href^=areas/a-z/]")
                .eachAttr("href").stream().map(SITE::resolve).distinct()
                .collect(Collectors.toMap(p -> p, GeneratedSiteTest::parse));
        List<String> unreachable = new ArrayList<>();
        for (Area council : councils) {
            boolean reachesAreaPage = letterPages.entrySet().stream().anyMatch(letterPage -> {
                Element entry = letterPage.getValue().selectFirst("li:contains(" + council.code() + ")");
                return entry != null && entry.select("a[href*=SMC]").stream().anyMatch(
                        a -> Files.exists(letterPage.getKey().getParent().resolve(a.attr("href")).normalize()));
            });
            if (!reachesAreaPage) {
                unreachable.add(council.code() + " " + council.name());
            }
        }
        assertThat(councils).hasSizeGreaterThan(400);
        assertThat(unreachable).isEmpty();
    }

    @Test
    void everyEmbedSnippetPointsAtAPageOfThisSite() {
        Pattern src = Pattern.compile("<iframe src=\"([^\"]+)\"");
        int snippets = 0;
        List<String> broken = new ArrayList<>();
        for (Path p : pages) {
            for (Element code : parse(p).select("pre code")) {
                Matcher m = src.matcher(code.text());
                while (m.find()) {
                    snippets++;
                    String url = m.group(1);
                    if (!url.startsWith(SITE_BASE + "/") || !Files.exists(SITE.resolve(url.substring(SITE_BASE.length() + 1)))) {
                        broken.add(p + ": " + url);
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(snippets).isGreaterThan(500);
    }

    @Test
    void noPageHasScriptsInlineStylesOrHandlers() {
        for (Path p : pages) {
            Document d = parse(p);
            assertThat(d.select("script")).as(p.toString()).isEmpty();
            assertThat(d.select("[style], style")).as(p.toString()).isEmpty();
            assertThat(d.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                    .filter(a -> a.getKey().startsWith("on"))).as(p.toString()).isEmpty();
        }
    }

    @Test
    void everySectionHasOneChartOneTableACsvAndAnSvgDownload() {
        int sections = 0;
        for (Path p : pages) {
            for (Element s : parse(p).select("section.app-section")) {
                sections++;
                assertThat(s.select("figure > svg")).as(p + " " + s.id()).hasSize(1);
                assertThat(s.select("table")).as(p + " " + s.id()).hasSize(1);
                assertThat(s.select("a[href*=format=csv]")).as(p.toString()).hasSize(1);
                String svg = s.selectFirst("a[download]").attr("href");
                assertThat(p.getParent().resolve(svg).normalize()).as(p + " " + svg).exists();
            }
        }
        assertThat(sections).isGreaterThan(300);
    }

    @Test
    void everyChartHasATitleAndDescriptionAndReadableText() {
        for (Path p : pages) {
            for (Element svg : parse(p).select("figure > svg")) {
                // A map whose areas are links is a group of links; an image role would hide them from assistive tools.
                assertThat(svg.attr("role")).as(p.toString()).isEqualTo(svg.select("a").isEmpty() ? "img" : "group");
                assertThat(svg.child(0).tagName()).isEqualTo("title");
                assertThat(svg.select("desc")).isNotEmpty();
                if (svg.hasClass("app-chart")) {
                    assertThat(svg.attr("width")).as(p.toString()).isEqualTo("100%");
                    for (Element text : svg.select("text")) {
                        assertThat(fontSize(text)).as(p + ": " + text.text()).isGreaterThanOrEqualTo(MIN_FONT_PX);
                    }
                } else {
                    assertThat(svg.select("text")).as(p + ": a map scales down, so it holds no text").isEmpty();
                }
            }
        }
    }

    private static double fontSize(Element text) {
        for (Element e = text; e != null; e = e.parent()) {
            if (e.hasAttr("font-size")) {
                return Double.parseDouble(e.attr("font-size"));
            }
        }
        return 16;
    }

    @Test
    void everyAreaPageHasAChart() {
        List<Path> areaPages = pages.stream().filter(p -> p.getParent().equals(SITE.resolve("areas"))
                && !p.endsWith("index.html")).toList();
        List<String> withoutChart = areaPages.stream()
                .filter(p -> parse(p).select("figure svg[role=img]").isEmpty())
                .map(p -> p.getFileName().toString())
                .toList();
        assertThat(areaPages).hasSizeGreaterThan(450);
        assertThat(withoutChart).isEmpty();
    }

    @Test
    void comparisonTablesSetAtMostFourDifferentAreasSideBySide_everyCellFilled() {
        List<Path> comparisons = pages.stream().filter(p -> p.getParent().equals(SITE.resolve("areas/compare")))
                .toList();
        for (Path p : comparisons) {
            for (Element measure : parse(p).select("table tbody")) {
                List<String> areas = measure.select("th[scope=row] a").eachAttr("href");
                assertThat(areas).as(p.toString()).hasSizeBetween(2, 4).doesNotHaveDuplicates();
                assertThat(measure.select("td").eachText()).as(p.toString()).allMatch(cell -> !cell.isBlank());
            }
        }
        assertThat(comparisons).hasSizeGreaterThan(400);
    }

    @Test
    void noPageRanksAreas() {
        Pattern rank = Pattern.compile("\\brank(ed)? \\d+ of \\d+", Pattern.CASE_INSENSITIVE);
        for (Path p : pages) {
            assertThat(rank.matcher(parse(p).text()).find()).as(p.toString()).isFalse();
        }
    }

    @Test
    void everyPageHasOneMainHeadingAndUniqueIds() {
        for (Path p : pages) {
            Document d = parse(p);
            assertEquals(1, d.select("h1").size(), p.toString());
            Set<String> ids = new HashSet<>();
            d.select("[id]").forEach(e -> assertTrue(ids.add(e.id()), p + ": duplicate id " + e.id()));
        }
    }

    @Test
    void pagesStayWithinTheirSizeBudget() throws IOException {
        for (Path p : pages) {
            int budget = parse(p).select("svg.app-map").isEmpty() ? PAGE_BUDGET : MAP_PAGE_BUDGET;
            assertThat(Files.size(p)).as(p.toString()).isLessThanOrEqualTo(budget);
        }
    }

    @Test
    void feedListsEditionsAndCorrectionsWithAbsoluteLinks() throws IOException {
        Document feed = Jsoup.parse(read(SITE.resolve("feed.xml")), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(feed.select("entry title").eachText()).anyMatch(t -> t.startsWith("Correction:"))
                .anyMatch(t -> t.contains("2025 published"));
        assertThat(feed.select("entry link").eachAttr("href")).allMatch(h -> h.startsWith(SITE_BASE + "/"));
    }

    @Test
    void htmlValidateReportsNoErrors() throws Exception {
        Path validator = Path.of("node_modules/.bin/html-validate");
        assertTrue(Files.exists(validator), "html-validate is installed by the build (npm install); not found");
        List<String> command = new ArrayList<>(List.of(validator.toString()));
        pages.forEach(p -> command.add(p.toString()));
        assertEquals(0, run(command, 600), "html-validate found errors");
    }

    @Test
    void axeReportsNoViolationsOnEachPageKind() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/usr/bin/chromedriver")),
                "chromium-driver is not installed here; axe-core check skipped (.ci/run installs it)");
        HttpServer server = SiteServer.serve(SITE.toAbsolutePath(), 0);
        try {
            String base = "http://localhost:" + server.getAddress().getPort() + "/";
            List<String> command = new ArrayList<>(List.of("node_modules/.bin/axe"));
            for (String page : pageKinds()) {
                command.add(base + page);
            }
            command.addAll(List.of("--chromedriver-path", "/usr/bin/chromedriver", "--chrome-options",
                    "headless,no-sandbox,disable-gpu,disable-background-networking,disable-component-update,no-first-run",
                    "--exit"));
            assertEquals(0, run(command, 600), "axe-core found violations");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void atPhoneWidthNoPageScrollsSidewaysAndChartTextStaysReadable() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/usr/bin/chromedriver")),
                "chromium-driver is not installed here; the 320 px check is skipped (.ci/run installs it)");
        HttpServer server = SiteServer.serve(SITE.toAbsolutePath(), 0);
        try {
            List<String> command = new ArrayList<>(List.of("node", "src/test/node/check-320.js",
                    "http://localhost:" + server.getAddress().getPort() + "/"));
            command.addAll(pageKinds());
            assertEquals(0, run(command, 600), "a page scrolls sideways or has chart text under 12 px at 320 px");
        } finally {
            server.stop(0);
        }
    }

    /** One page of each kind: lists, measures with lines, bars and maps, section, period and embed pages, redirects. */
    private static List<String> pageKinds() {
        List<String> kinds = new ArrayList<>(List.of("index.html", "measures/index.html",
                "measures/youth-unemployment/2025.html", "measures/youth-unemployment/2023.html",
                "measures/earnings-of-young-people-aged-25-to-29-years/2025.html",
                "measures/level-of-trust-fairness-and-helpfulness/2025.html", "measures/conditions-of-childhood/2025.html",
                "areas/index.html", "areas/TLC1.html", "editions/2025.html", "methodology.html", "glossary.html",
                "accessibility.html", "embed/measures/youth-unemployment/2025/by-area.html", "embed/areas/TLC1.html",
                "embed/measures/youth-unemployment/2025/over-time.html", "areas/SMC205-barnet.html",
                "areas/SMC203-barnet.html", "areas/a-z/b.html", "areas/compare/TLC1.html",
                "measures/promising-prospects/2025.html"));
        String root = SITE.toString() + "/";
        pages.stream().map(p -> p.toString().substring(root.length()))
                .filter(p -> p.matches("measures/[^/]+/\\d{4}/[^/]+/[^/]+\\.html")).findFirst().ifPresent(kinds::add);
        pages.stream().map(p -> p.toString().substring(root.length()))
                .filter(p -> p.matches("measures/[^/]+/\\d{4}/[^/]+\\.html")).findFirst().ifPresent(kinds::add);
        return kinds;
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

    /** A previous run's pages would otherwise be checked as if this run had written them. */
    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
