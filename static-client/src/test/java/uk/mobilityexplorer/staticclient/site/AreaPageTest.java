package uk.mobilityexplorer.staticclient.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import uk.mobilityexplorer.staticclient.Fixtures;
import uk.mobilityexplorer.staticclient.api.model.Profile;
import uk.mobilityexplorer.staticclient.chart.Palette;
import uk.mobilityexplorer.staticclient.geo.BoundarySet;
import uk.mobilityexplorer.staticclient.view.AreaProfiles;
import uk.mobilityexplorer.staticclient.view.PageMeta;
import uk.mobilityexplorer.staticclient.view.Polarity;

/** Area pages rendered from fixture JSON: a profile from the API before issue 15 (TLC1) and one after it (Barnet). */
class AreaPageTest {

    private static Document render(String fixture, String code, String type) {
        Profile p = Fixtures.read(fixture, Profile.class);
        AreaProfiles.Addresses at = new AreaProfiles.Addresses("../", "https://api.example.org/api/v1/areas/" + code
                + "/profile", "https://api.example.org/api/v1/areas/" + code + "/profile?format=csv", code
                + "-spines.svg", code + "-", "https://explorer.example.org/embed/areas/" + code + ".html");
        var locator = type.equals("smc205") ? BoundarySet.SMC_AREAS_2025.figure().locator(code) : null;
        return Jsoup.parse(SiteWriter.render("page/area-profile.jte", AreaProfiles.build(p, type,
                PageMeta.page(p.area().name(), "../", List.of()), at, AreaProfiles.Figures.AS_ASKED, locator, List.of(),
                List.of())));
    }

    private final Document tees = render("profile-TLC1.json", "TLC1", "itl2");
    private final Document barnet = render("profile-SMC205-barnet-2025.json", "SMC205-barnet", "smc205");

    @Test
    void showsThePublishedBandInWords_neverARank() {
        Element broadband = tees.selectFirst("table:has(#measures-caption) tr:has(a:contains(Broadband speed))");
        assertThat(broadband.select("td").get(2).text())
                .isEqualTo("Quintile 3: the middle fifth of areas on broadband speed");
        assertThat(tees.text()).doesNotContainIgnoringCase("rank 24").doesNotContain(" of 41");
    }

    @Test
    void figuresUseTheirUnitsDecimals() {
        Element broadband = tees.selectFirst("table:has(#measures-caption) tr:has(a:contains(Broadband speed))");
        assertThat(broadband.select("td").get(1).text()).isEqualTo("80.0%");
    }

    @Test
    void embedSnippetIsAbsolute() {
        assertThat(tees.selectFirst("pre code").text())
                .startsWith("<iframe src=\"https://explorer.example.org/embed/areas/TLC1.html\"");
    }

    @Test
    void everyComparisonCellSaysSomething_evenWithoutPeersOrBenchmark() {
        for (Document d : List.of(tees, barnet)) {
            List<String> cells = d.select("table:has(#measures-caption) tbody tr")
                    .stream().map(r -> r.select("td").last().text()).toList();
            assertThat(cells).isNotEmpty().allMatch(c -> c.length() > 10);
        }
        assertThat(tees.select("svg.app-spine")).isEmpty();
        assertThat(tees.text()).contains("no spread among similar areas published");
    }

    @Test
    void peerMedianBenchmarkSaysWhyItWasUsed() {
        Element childhood = barnet.selectFirst("table:has(#measures-caption) tr:has(a:contains(Conditions of childhood))");
        assertThat(childhood.select("td").last().text())
                .isEqualTo("No UK figure for this period, so compared with the median of similar areas (-0.17): above it");
    }

    @Test
    void spinePerMeasure_dotColouredByBandAndBenchmarkMarked() {
        assertThat(barnet.select("svg.app-spine")).hasSize(4);
        Element spine = barnet.selectFirst("li:contains(Conditions of childhood) svg.app-spine");
        assertThat(spine.selectFirst("circle").attr("fill"))
                .isEqualTo(Palette.band("seven-groups", 6, 7, Polarity.HIGHER_BETTER));
        assertThat(spine.select("rect")).hasSize(2);
        assertThat(spine.attr("role")).isEqualTo("img");
        assertThat(spine.attr("aria-label")).startsWith("Conditions of childhood");
    }

    @Test
    void compositeGroupsShowEveryPublishedPeriod_oneGridPerSetOfPeriods() {
        assertThat(barnet.select("table:has(caption:contains(Groups of Barnet)) thead th").eachText())
                .containsExactly("Index", "2000 to 2005", "2006 to 2011", "2012 to 2017", "2018 to 2024", "Index",
                        "2018 to 2020", "2021 to 2024");
        Element promising = barnet.selectFirst("tr:has(a:contains(Promising prospects))");
        assertThat(promising.select("td").eachText()).containsExactly("Most favourable", "Most favourable");
        assertThat(barnet.select("figure > svg.app-grid")).hasSize(2).allMatch(s -> s.select("rect").size() > 1);
    }

    @Test
    void everyChartIsFollowedByItsTableAndDownloads() {
        for (Element section : barnet.select("section.app-area-section")) {
            assertThat(section.select("figure")).isNotEmpty();
            assertThat(section.select("table")).hasSameSizeAs(section.select("figure"));
            assertThat(section.select("a[href$=format=csv]")).isNotEmpty();
            assertThat(section.select("a[download][href$=.svg]")).hasSameSizeAs(section.select("figure"));
        }
    }

    @Test
    void locatorHighlightsTheArea() {
        Element locator = barnet.selectFirst("svg.app-locator");
        assertThat(locator.select("path[fill=#ffdd00]")).hasSize(1);
        assertThat(locator.select("path").size()).isGreaterThan(5);
        assertThat(tees.select("svg.app-locator")).isEmpty();
    }
}
