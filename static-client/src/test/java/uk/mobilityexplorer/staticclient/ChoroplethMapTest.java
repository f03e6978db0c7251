package uk.mobilityexplorer.staticclient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import uk.mobilityexplorer.staticclient.chart.MapChart;
import uk.mobilityexplorer.staticclient.geo.BoundarySet;
import uk.mobilityexplorer.staticclient.site.SiteWriter;

/** Choropleths drawn from the committed boundary sets, as pages show them. */
class ChoroplethMapTest {

    private static MapChart map(BoundarySet set, String areaPages) {
        return ChoroplethMap.draw(set, "m", "Title", "Description",
                Map.of("SMC205-barnet", new ChoroplethMap.Fill("#2166ac", "Most favourable")), List.of(), "#dddddd",
                areaPages);
    }

    @Test
    void findsTheBoundarySetHoldingEveryCode() {
        assertThat(ChoroplethMap.covering(List.of("TLC1", "TLC2", "TLC3"))).isEmpty();
        assertThat(ChoroplethMap.covering(List.of("TLC1", "TLC2", "TLD1"))).contains(BoundarySet.ITL2_2021);
        assertThat(ChoroplethMap.covering(List.of("TLC3", "TLC4", "TLD1"))).contains(BoundarySet.ITL2_2025);
        assertThat(ChoroplethMap.covering(List.of("SMC205-barnet", "SMC205-angus", "SMC205-bolton")))
                .contains(BoundarySet.SMC_AREAS_2025);
    }

    @Test
    void everyAreaIsALinkWithAnAccessibleName_londonAlsoInTheInset() {
        Document d = Jsoup.parse(SiteWriter.render("tag/map.jte", Map.of("chart", map(BoundarySet.SMC_AREAS_2025,
                "../areas/"))));
        Element svg = d.selectFirst("svg");
        assertThat(svg.attr("role")).isEqualTo("group");
        assertThat(svg.select("a")).hasSize(205 + 32).allMatch(a -> !a.attr("aria-label").isBlank());
        assertThat(svg.select("a[href=../areas/SMC205-barnet.html]")).hasSize(2)
                .allMatch(a -> a.attr("aria-label").equals("Barnet: Most favourable"));
        assertThat(svg.select("g.app-map__inset a")).hasSize(32);
        assertThat(svg.select("defs path")).hasSize(205 + 32);
    }

    @Test
    void downloadedMapHasNoLinksAndIsAnImage() {
        Document d = Jsoup.parse(SiteWriter.render("tag/map.jte", Map.of("chart", map(BoundarySet.SMC_AREAS_2024,
                "../areas/").unlinked())));
        assertThat(d.select("a")).isEmpty();
        assertThat(d.selectFirst("svg").attr("role")).isEqualTo("img");
        assertThat(d.select("use")).hasSize(203 + 32);
    }

    @Test
    void narrowScreensGetTheInsetAsAFigureOfItsOwn() {
        Document d = Jsoup.parse(SiteWriter.render("tag/map-inset.jte", Map.of("chart",
                map(BoundarySet.ITL2_2021, "../areas/"))));
        Element svg = d.selectFirst("div.app-map-inset svg");
        assertThat(svg.attr("viewBox")).isEqualTo(BoundarySet.ITL2_2021.figure().londonInset().orElseThrow().frame()
                .viewBox());
        assertThat(svg.select("a")).hasSize(5);
    }
}
