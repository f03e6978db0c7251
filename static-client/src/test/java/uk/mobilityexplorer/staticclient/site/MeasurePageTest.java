package uk.mobilityexplorer.staticclient.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uk.mobilityexplorer.staticclient.Fixtures;
import uk.mobilityexplorer.staticclient.api.model.EditionList;
import uk.mobilityexplorer.staticclient.api.model.Measure;
import uk.mobilityexplorer.staticclient.api.model.MeasureList;
import uk.mobilityexplorer.staticclient.api.model.MeasureSummary;
import uk.mobilityexplorer.staticclient.api.model.Observation;
import uk.mobilityexplorer.staticclient.api.model.ObservationPage;
import uk.mobilityexplorer.staticclient.view.MeasurePages;

/** Measure pages rendered from fixture JSON and read back as parsed HTML. */
class MeasurePageTest {

    private static final String API = "https://api.example.org";
    private static final String SITE = "https://explorer.example.org/stats";

    /** A measure page with every presented section linked to its rows (ignored for a measure without them). */
    private static MeasurePages.Output build(String measureFixture, String observationsFixture) {
        return buildWithSections(measureFixture, observationsFixture, "by-area", "by-year");
    }

    /** A measure page whose given presented sections are linked to their rows (the fixture's links filter by area type). */
    private static MeasurePages.Output buildWithSections(String measureFixture, String observationsFixture,
            String... linked) {
        Measure m = Fixtures.read(measureFixture, Measure.class);
        List<Observation> rows = Fixtures.read(observationsFixture, ObservationPage.class).items();
        MeasureSummary summary = Fixtures.read("measures.json", MeasureList.class).items().stream()
                .filter(s -> s.code().equals(m.code())).findFirst().orElseThrow();
        Map<String, List<Observation>> sections = new LinkedHashMap<>();
        for (String key : linked) {
            String type = key.equals("by-area") ? "itl2" : "uk";
            sections.put(key, rows.stream().filter(o -> o.area().type().equals(type)).toList());
        }
        return new MeasurePages(API, SITE).build(m, summary, Fixtures.read("editions.json", EditionList.class).items(),
                rows, sections);
    }

    private static Document render(MeasurePages.Output out) {
        return Jsoup.parse(SiteWriter.render("page/measure.jte", out.page()));
    }

    @Nested
    class WithoutPresentationFacts {

        private final Document page = render(build("measure-youth-unemployment-2025.json",
                "observations-youth-unemployment-2025.json"));

        @Test
        void sectionsComeFromTheObservations_eachWithOneChartOneTableAndDownloads() {
            List<Element> sections = page.select("section.app-section");
            assertThat(sections).extracting(s -> s.selectFirst("h2").text()).containsExactly("By year", "By area");
            for (Element s : sections) {
                assertThat(s.select("figure > svg")).hasSize(1);
                assertThat(s.select("table")).hasSize(1);
                assertThat(s.select("a[href*=format=csv]").attr("href")).startsWith(API + "/api/v1/measures/");
                assertThat(s.select("a[download]").attr("href")).endsWith(".svg");
            }
        }

        @Test
        void numbersUseTheUnitsDecimals_neverThreeSignificantFigures() {
            // TLC1 was published as 17.229 with one decimal place for percentages.
            Element row = page.select("section:has(#by-area) tr:has(th:contains(Tees Valley and Durham))").first();
            assertThat(row.select("td").first().text()).isEqualTo("17.2");
            assertThat(page.select("#by-area-chart text, #by-year-chart text").eachText())
                    .noneMatch(t -> t.matches(".*\\d\\.\\d\\d.*"));
        }

        @Test
        void mapColoursBandsSoTheFavourableEndIsBlue_andSaysSoInWords() {
            // Youth unemployment: higher is worse, so the lowest quintile is the favourable, blue end.
            Element key = page.selectFirst("#by-area ~ ul.app-key, section:has(#by-area) ul.app-key");
            assertThat(key.select("li").first().text()).contains("Quintile 1").contains("lowest").contains("most favourable");
            assertThat(key.select("li").first().selectFirst("rect").attr("fill")).isEqualTo("#0571b0");
            assertThat(key.select("li").last().text()).contains("highest").contains("least favourable");
            assertThat(key.select("li").last().selectFirst("rect").attr("fill")).isEqualTo("#ca0020");
        }

        @Test
        void noPageSaysRank() {
            assertThat(page.text().toLowerCase()).doesNotContain("rank ");
        }

        @Test
        void embedSnippetIsAbsolute() {
            String snippet = page.selectFirst("section:has(#by-area) pre code").text();
            assertThat(snippet).contains("src=\"" + SITE + "/embed/measures/youth-unemployment/2025/by-area.html\"");
        }

        @Test
        void downloadTheDataGivesTheFullCsvAndItsVariables() {
            assertThat(page.select("#download ~ p a").first().attr("href"))
                    .isEqualTo(API + "/api/v1/measures/youth-unemployment/observations?edition=2025&format=csv");
            assertThat(page.select(".app-variables dt").eachText()).contains("value", "lci, uci", "band_scheme, band_rank, band_label");
            assertThat(page.select(".app-variables dd").text()).contains("Unit: Per cent");
        }

        @Test
        void newestEditionHasNoOlderEditionBanner_andHistoryListsEveryEdition() {
            assertThat(page.select(".govuk-notification-banner")).isEmpty();
            assertThat(page.select("#history ~ ul li").eachText()).anyMatch(t -> t.contains("2023 edition"))
                    .anyMatch(t -> t.contains("2024 edition"));
        }
    }

    @Nested
    class WithPresentationFacts {

        private final Document page = render(build("measure-youth-unemployment-2025-presented.json",
                "observations-youth-unemployment-2025.json"));

        @Test
        void sectionsFollowTheCommissionsOrderAndChartTitles() {
            assertThat(page.select("section.app-section h2").eachText()).containsExactly("By area", "By year");
            assertThat(page.select("section.app-section figcaption").eachText()).containsExactly(
                    "Unemployed 16 to 24 year olds by region, 2014 to 2024 pooled",
                    "Unemployed 16 to 24 year olds in the UK, by year");
        }

        @Test
        void numbersUseTheSectionsDecimals() {
            // UK 2014 was published as 17.485; the by-year section asks for two decimals.
            assertThat(page.select("#by-year-table-caption ~ tbody tr").first().selectFirst("td").ownText())
                    .isEqualTo("17.49");
            assertThat(page.select("#by-year-chart text").eachText()).contains("25.00");
        }

        @Test
        void caveatsAreShown_includingCodesTheClientDoesNotKnow() {
            Element area = page.selectFirst("section:has(#by-area)");
            assertThat(area.select(".govuk-inset-text").text()).contains("too uncertain to rank");
            assertThat(area.select(".govuk-warning-text").text()).contains("never seen");
        }

        @Test
        void sectionCsvIsThePresentedLink() {
            assertThat(page.select("section:has(#by-area) a[href*=format=csv]").attr("href")).isEqualTo(API
                    + "/api/v1/measures/youth-unemployment/observations?edition=2025&area_type=itl2&format=csv");
        }

        @Test
        void aboutAndHistoryComeFromThePresentation() {
            assertThat(page.select("#about ~ dl").text()).contains("Labour Force Survey");
            assertThat(page.select("#about ~ ul").text()).contains("pool eleven years");
            assertThat(page.select("#history ~ ul li").eachText()).hasSize(2).last().asString()
                    .contains("Regions pooled");
        }
    }

    @Nested
    class WithPresentationFactsButSomeSectionsUnlinked {

        /** The API links the by-area section to its rows but not the by-year one (its rows carry no chart type). */
        private final Document page = render(buildWithSections("measure-youth-unemployment-2025-presented.json",
                "observations-youth-unemployment-2025.json", "by-area"));

        @Test
        void linkedSectionsComeFirstAsTheCommissionDrewThem() {
            assertThat(page.select("section.app-section figcaption").eachText()).first().asString()
                    .isEqualTo("Unemployed 16 to 24 year olds by region, 2014 to 2024 pooled");
        }

        @Test
        void rowsNoLinkedSectionShowsStillGetASectionOfTheirOwn() {
            assertThat(page.select("section.app-section h2").eachText()).hasSize(2).first().asString()
                    .isEqualTo("By area");
            // The UK rows by year (2014 to 2024 as single years) are drawn and tabled in the second section.
            Element second = page.select("section.app-section").get(1);
            assertThat(second.select("tbody tr").size()).isEqualTo(11);
        }
    }

    @Nested
    class OlderAndCorrectedEditions {

        @Test
        void correctedPageGivesTheDateAndReason() {
            Document page = render(build("measure-trust-2025.json", "observations-trust-2025.json"));
            assertThat(page.select(".app-correction").text()).contains("Corrected on 2026-01-28")
                    .contains("sample-size calculation was corrected").contains("3.0 was replaced");
        }

        @Test
        void olderEditionLinksToTheNewest() {
            MeasurePages.Output out = build("measure-youth-unemployment-2025.json",
                    "observations-youth-unemployment-2025.json");
            Measure m = out.page().measure();
            Measure older = new Measure(m.code(), m.title(), m.description(), m.polarity(), "2023", m.smcCode(),
                    m.ciLevel(), m.units(), m.methodNotes(), m.source(), m.licence(), m.datasets(), m.dimensions(),
                    m.links(), null);
            MeasureSummary summary = Fixtures.read("measures.json", MeasureList.class).items().stream()
                    .filter(s -> s.code().equals(m.code())).findFirst().orElseThrow();
            Document page = Jsoup.parse(SiteWriter.render("page/measure.jte", new MeasurePages(API, SITE).build(older,
                    summary, Fixtures.read("editions.json", EditionList.class).items(), List.of(), Map.of()).page()));
            assertThat(page.select(".govuk-notification-banner a").attr("href")).isEqualTo("2025.html");
        }
    }
}
