package uk.mobilityexplorer.staticclient.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import uk.mobilityexplorer.staticclient.Fixtures;
import uk.mobilityexplorer.staticclient.api.ApiClient;
import uk.mobilityexplorer.staticclient.api.model.Area;
import uk.mobilityexplorer.staticclient.api.model.AreaDetail;
import uk.mobilityexplorer.staticclient.api.model.AreaList;
import uk.mobilityexplorer.staticclient.api.model.Profile;
import uk.mobilityexplorer.staticclient.geo.BoundarySet;
import uk.mobilityexplorer.staticclient.view.AreaFinder;

/**
 * The area journeys written from fixture API responses served on 127.0.0.1: two Commission areas, their ITL2 regions
 * and two councils (one a whole area, one part of a larger one).
 */
class AreaSiteTest {

    private static final Map<String, String> ROUTES = Map.ofEntries(
            Map.entry("/api/v1/areas/SMC205-barnet/profile?edition=2025", "profile-SMC205-barnet-2025.json"),
            Map.entry("/api/v1/areas/SMC205-brent/profile?edition=2025", "profile-SMC205-brent-2025.json"),
            Map.entry("/api/v1/areas/E09000005", "area-E09000005.json"),
            Map.entry("/api/v1/areas/SMC205-cornwall-and-isles-of-scilly/profile?edition=2025",
                    "profile-SMC205-cornwall-and-isles-of-scilly-2025.json"),
            Map.entry("/api/v1/areas/TLI7/profile", "profile-TLI7.json"),
            Map.entry("/api/v1/areas/TLK3/profile", "profile-TLK3.json"),
            Map.entry("/api/v1/areas/TLC/profile", "profile-TLC-2025.json"),
            Map.entry("/api/v1/areas/TLC/profile?edition=2024", "profile-TLC-2024.json"),
            Map.entry("/api/v1/areas/TLC/profile?edition=2023", "profile-TLC-2023.json"),
            Map.entry("/api/v1/areas/N92000002/profile", "profile-N92000002-2025.json"),
            Map.entry("/api/v1/areas/N92000002/profile?edition=2024", "profile-N92000002-2024.json"),
            Map.entry("/api/v1/areas/N92000002/profile?edition=2023", "profile-N92000002-2023.json"),
            Map.entry("/api/v1/areas/E09000003", "area-E09000003.json"),
            Map.entry("/api/v1/areas/E06000053", "area-E06000053.json"));

    private static HttpServer server;
    @TempDir
    static Path out;
    private static AreaFinder.Home home;
    private static Map<AreaSite.Listed, Profile> shown;

    @BeforeAll
    static void writeFromFixtures() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String file = ROUTES.get(exchange.getRequestURI().toString());
            byte[] body = file == null ? new byte[0] : read(file);
            exchange.sendResponseHeaders(file == null ? 404 : 200, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        ApiClient api = new ApiClient("http://127.0.0.1:" + server.getAddress().getPort());
        SiteWriter writer = new SiteWriter(out, new Progress(new PrintStream(new ByteArrayOutputStream()), false));
        List<AreaSite.Listed> listed = new ArrayList<>();
        for (String code : List.of("SMC205-barnet", "SMC205-brent", "SMC205-cornwall-and-isles-of-scilly")) {
            listed.add(new AreaSite.Listed(Fixtures.read("profile-" + code + "-2025.json",
                    Profile.class).area(), "2025"));
        }
        for (String fixture : List.of("TLI7", "TLK3", "TLC-2025", "N92000002-2025")) {
            listed.add(new AreaSite.Listed(Fixtures.read("profile-" + fixture + ".json",
                    Profile.class).area(), null));
        }
        AreaSite site = new AreaSite(api, writer, "https://explorer.example.org");
        shown = site.write(listed, List.of("2025", "2024", "2023"), Fixtures.read("areas-la.json", AreaList.class)
                .items(), AreaSiteTest::runInLine);
        home = site.home("smc205", BoundarySet.SMC_AREAS_2025, "2025");
    }

    private static void runInLine(List<Callable<Void>> tasks) throws Exception {
        for (Callable<Void> t : tasks) {
            t.call();
        }
    }

    private static byte[] read(String fixture) throws IOException {
        try (InputStream in = AreaSiteTest.class.getResourceAsStream("/fixtures/" + fixture)) {
            return in.readAllBytes();
        }
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static Document page(Path p) throws IOException {
        return Jsoup.parse(Files.readString(p));
    }

    @Test
    void everyCouncilInAnAreaReachesTheAreaPageInTwoClicksFromHome() throws IOException {
        Document homePage = Jsoup.parse(SiteWriter.render("tag/find-your-area.jte", Map.of("finder", home)));
        for (Area council : Fixtures.read("areas-la.json", AreaList.class).items()) {
            AreaDetail detail = Fixtures.read("area-" + council.code() + ".json", AreaDetail.class);
            String areaCode = detail.council().compositeAreas().stream().filter(a -> a.edition().equals("2025"))
                    .findFirst().orElseThrow().area().code();
            String letter = council.name().substring(0, 1);
            Element first = homePage.selectFirst("a[href=areas/a-z/" + letter.toLowerCase() + ".html]");
            assertThat(first).as(council.name()).isNotNull();
            Path letterPage = out.resolve(first.attr("href"));
            Element second = page(letterPage).selectFirst("li:contains(" + council.code() + ") a[href$=" + areaCode
                    + ".html]");
            assertThat(second).as(council.name()).isNotNull();
            assertThat(letterPage.getParent().resolve(second.attr("href")).normalize()).exists();
        }
    }

    @Test
    void councilLinksToItsRegionToo() throws IOException {
        Element scilly = page(out.resolve("areas/a-z/i.html")).selectFirst("li:contains(Isles of Scilly)");
        assertThat(scilly.select("a").eachAttr("href")).containsExactly(
                "../SMC205-cornwall-and-isles-of-scilly.html", "../TLK3.html");
    }

    @Test
    void letterPagesHaveALetterIndexAndOneSection() throws IOException {
        Document c = page(out.resolve("areas/a-z/c.html"));
        assertThat(c.select("nav .app-letter-index li").eachText()).containsExactly("B", "C", "I", "N", "O");
        assertThat(c.select("section h2").eachText()).containsExactly("C");
    }

    @Test
    void areaIndexGroupsByNationThenRegion() throws IOException {
        Document index = page(out.resolve("areas/index.html"));
        // Only the first h2 is England: the fixture lacks London's and the South West's ITL1 regions, so the ITL2
        // regions cannot be traced to it.
        assertThat(index.selectFirst("h2").text()).isEqualTo("England");
        assertThat(index.select("h2:contains(England) ~ h3").eachText()).startsWith("London", "North East (England)",
                "South West (England)");
        assertThat(index.selectFirst("h3:contains(London) + ul").select("a").eachText()).containsExactly("Barnet",
                "Brent");
    }

    @Test
    void areaPageLinksToItsRegionAndWritesItsSvgDownloads() throws IOException {
        Document barnet = page(out.resolve("areas/SMC205-barnet.html"));
        assertThat(barnet.select("a[href=TLI7.html]")).isNotEmpty();
        assertThat(barnet.select("li:contains(Areas nearby) a, h2:contains(same group) + ul a").eachText())
                .contains("Brent");
        for (String svg : barnet.select("a[download]").eachAttr("href")) {
            assertThat(out.resolve("areas").resolve(svg)).exists();
        }
    }

    @Test
    void aCommissionAreaIsComparedWithItsRegionAndItsNeighbours_atMostFourAreasATable() throws IOException {
        assertThat(page(out.resolve("areas/SMC205-barnet.html")).select("a[href=compare/SMC205-barnet.html]"))
                .hasSize(1);
        Document compare = page(out.resolve("areas/compare/SMC205-barnet.html"));
        assertThat(compare.select("caption").eachText()).containsExactly(
                "Barnet beside Outer London - West and North West", "Barnet beside Brent");
        for (Element table : compare.select("table")) {
            assertThat(table.select("thead th").eachText()).hasSize(2);
            for (Element measure : table.select("tbody")) {
                assertThat(measure.select("tr")).hasSizeBetween(3, 5);
            }
        }
        Element region = compare.selectFirst("table:has(caption:contains(Outer London)) "
                + "tbody:has(a:contains(Promising prospects))");
        assertThat(region.select("td").eachText()).containsExactly("2.33 (Most favourable)",
                "No figure published on this measure", "-0.17");
        assertThat(region.select("th[scope=row]").last().text())
                .isEqualTo("Middle of all 205 areas of this kind (median)");
        Element brent = compare.selectFirst("table:has(caption:contains(Brent)) tbody:has(a:contains(Promising prospects))");
        assertThat(brent.selectFirst("th[scope=rowgroup]").text()).endsWith("2021 to 2024");
        assertThat(brent.select("th[scope=row]").eachText()).containsExactly("Barnet", "Brent");
        assertThat(brent.select("td").get(1).text()).matches("-?\\d+\\.\\d{2} \\(.+\\)");
    }

    @Test
    void anAreaAloneInItsRegionIsStillComparedWithTheRegion() throws IOException {
        Document cornwall = page(out.resolve("areas/compare/SMC205-cornwall-and-isles-of-scilly.html"));
        assertThat(cornwall.select("caption").eachText()).containsExactly(
                "Cornwall and Isles of Scilly beside Cornwall and Isles of Scilly (TLK3)");
        assertThat(cornwall.select("td")).allSatisfy(td -> assertThat(td.text()).isNotBlank());
    }

    @Test
    void aRegionLinksDownToTheCommissionAreasWithCouncilsInIt() throws IOException {
        Document region = page(out.resolve("areas/TLI7.html"));
        assertThat(region.select("li:contains(social mobility area of the 2025 edition) a").eachAttr("href"))
                .containsExactly("SMC205-barnet.html", "SMC205-brent.html");
    }

    @Test
    void anAreaWithoutFiguresInTheNewestEditionShowsTheLatestThatHas() throws IOException {
        Document tlc = page(out.resolve("areas/TLC.html"));
        assertThat(tlc.text()).contains("Figures from the 2023 edition, the latest with figures for this area");
        assertThat(tlc.select("svg.app-spine")).isNotEmpty();
        assertThat(tlc.select("a[href*=profile]").eachAttr("href")).allMatch(href -> href.contains("edition=2023"));
        assertThat(shown.keySet()).contains(new AreaSite.Listed(shown.keySet().stream()
                .filter(l -> l.area().code().equals("TLC")).findFirst().orElseThrow().area(), "2023"));
    }

    @Test
    void anAreaWithoutFiguresInAnyEditionSaysWhyInsteadOfAnEmptyTable() throws IOException {
        Document ni = page(out.resolve("areas/N92000002.html"));
        assertThat(ni.select("table")).isEmpty();
        assertThat(ni.selectFirst("#no-figures").parent().text()).contains("None of the Commission's editions");
        assertThat(out.resolve("areas/compare/N92000002.html")).doesNotExist();
    }

    @Test
    void homeMapsEachCompositeIndexWithEveryAreaALink() {
        assertThat(home.maps()).extracting(AreaFinder.SmallMap::title).containsExactly("Conditions of childhood",
                "Innovation and growth", "Labour market opportunities for young people", "Promising prospects");
        assertThat(home.maps().get(0).map().withShapes()).isTrue();
        assertThat(home.maps().subList(1, 4)).noneMatch(m -> m.map().withShapes());
        assertThat(home.maps().get(0).map().regions()).filteredOn(r -> r.href().equals("areas/SMC205-barnet.html"))
                .hasSize(1);
    }
}
