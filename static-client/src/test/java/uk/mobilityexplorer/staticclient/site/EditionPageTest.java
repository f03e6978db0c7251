package uk.mobilityexplorer.staticclient.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import uk.mobilityexplorer.staticclient.Fixtures;
import uk.mobilityexplorer.staticclient.api.model.Edition;
import uk.mobilityexplorer.staticclient.api.model.EditionList;
import uk.mobilityexplorer.staticclient.view.EditionPage;
import uk.mobilityexplorer.staticclient.view.PageMeta;

/** Edition pages rendered from fixture JSON and read back as parsed HTML. */
class EditionPageTest {

    private static final String DOWNLOAD = "https://api.example.org/api/v1/editions/2025/observations";

    @Test
    void offersTheWholeEditionAsOneCsvFromTheApi() {
        Edition edition = Fixtures.read("editions.json", EditionList.class).items().stream()
                .filter(e -> e.id().equals("2025")).findFirst().orElseThrow();
        var page = Jsoup.parse(SiteWriter.render("page/edition.jte",
                new EditionPage(PageMeta.page(edition.title(), "../", List.of()), edition, DOWNLOAD, null)));

        Element link = page.selectFirst("a[href=" + DOWNLOAD + "]");
        assertThat(link).isNotNull();
        assertThat(link.hasAttr("download")).isTrue();
        assertThat(link.text()).contains(edition.title()).contains("CSV");
    }
}
