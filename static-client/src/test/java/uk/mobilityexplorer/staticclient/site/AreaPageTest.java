package uk.mobilityexplorer.staticclient.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import uk.mobilityexplorer.staticclient.Fixtures;
import uk.mobilityexplorer.staticclient.api.model.Profile;
import uk.mobilityexplorer.staticclient.view.AreaPages;
import uk.mobilityexplorer.staticclient.view.PageMeta;

/** An area's profile page rendered from fixture JSON. */
class AreaPageTest {

    private final Document page = Jsoup.parse(SiteWriter.render("page/area.jte", AreaPages.build(
            Fixtures.read("profile-TLC1.json", Profile.class), "Regions (ITL2)", PageMeta.page("Tees Valley", "../",
                    List.of()), "../", "https://api.example.org/api/v1/areas/TLC1/profile",
            "https://explorer.example.org/embed/areas/TLC1.html")));

    @Test
    void showsThePublishedBandInWords_neverARank() {
        Element broadband = page.selectFirst("tr:has(a:contains(Broadband speed))");
        assertThat(broadband.select("td").get(2).text())
                .isEqualTo("Quintile 3: the middle fifth of areas on broadband speed");
        assertThat(page.text()).doesNotContainIgnoringCase("rank 24").doesNotContain(" of 41");
    }

    @Test
    void figuresUseTheirUnitsDecimals() {
        Element broadband = page.selectFirst("tr:has(a:contains(Broadband speed))");
        assertThat(broadband.select("td").get(1).text()).isEqualTo("80.0%");
    }

    @Test
    void embedSnippetIsAbsolute() {
        assertThat(page.selectFirst("pre code").text())
                .startsWith("<iframe src=\"https://explorer.example.org/embed/areas/TLC1.html\"");
    }
}
