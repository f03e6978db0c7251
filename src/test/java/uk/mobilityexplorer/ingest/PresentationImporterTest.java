package uk.mobilityexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page importer on the tiny published tree: facts carried over, caveats as codes, every doubt reported. */
class PresentationImporterTest {

    @TempDir
    Path published;

    @BeforeEach
    void tinyPublishedTree() throws IOException {
        PublishedTree.create(published);
    }

    @Test
    void aSectionKeepsTheCommissionsFacts() {
        var section = facts().sections().get(0);
        assertThat(section.key()).isEqualTo("by-year");
        assertThat(section.chartTitle()).isEqualTo("Civic participation (England, 2013 to 2021)");
        assertThat(section.visual()).isEqualTo("chart");
        assertThat(section.decimals()).isEqualTo("0");
        assertThat(section.unitSymbol()).isEqualTo("%");
        assertThat(section.timePeriod()).isEqualTo("2013 to 2021");
        assertThat(section.source()).isEqualTo(PublishedTree.PAGE + ":7");
    }

    @Test
    void aPageThatNeverStatesPolarity_leavesItUnknown() {
        assertThat(facts().sections().get(0).reversePolarity()).isEmpty();
    }

    @Test
    void aSectionLinksOnlyToAChartTypeItsMeasureCarries() {
        var importer = new PresentationImporter(new ReferenceData());
        assertThat(importer.importPages(published, Map.of("2023/civic-engagement", Set.of("trend")))
                        .sections()
                        .get(0)
                        .chartType())
                .isEqualTo("trend");
        assertThat(importer.importPages(published, Map.of("2023/civic-engagement", Set.of("seb")))
                        .sections()
                        .get(0)
                        .chartType())
                .isEmpty();
    }

    @Test
    void aCaveatBlockIsStoredAsTheCodesItsWordsMatch() throws IOException {
        PublishedTree.write(
                published,
                PublishedTree.PAGE,
                PublishedTree.page(
                        byArea(
                                "The regional estimates have a large margin of error – do not rank or compare specific regions.")));
        assertThat(facts().caveats())
                .extracting(PresentationImporter.CaveatUse::section, PresentationImporter.CaveatUse::code)
                .contains(tuple("by-area", "do-not-rank-regions"), tuple("", "survey-weights"));
    }

    @Test
    void aCaveatBlockTheClassifierDoesNotKnow_isListedInTheImportReport(@TempDir Path seed) throws IOException {
        PublishedTree.write(published, PublishedTree.PAGE, PublishedTree.page(byArea("Bananas are yellow.")));
        var result = new PublishedImporter().importAll(published);
        SeedWriter.write(result, seed);
        CsvTable report = CsvTable.read(seed.resolve(SeedWriter.REPORT_FILE), SeedWriter.REPORT_FILE);
        CsvTable.Row unclassified = report.rows().stream()
                .filter(r -> report.get(r, "rule").equals("unclassified-caveat"))
                .findFirst()
                .orElseThrow();
        assertThat(report.get(unclassified, "rows")).isEqualTo("1");
        assertThat(report.get(unclassified, "examples")).isEqualTo(PublishedTree.PAGE + ":27");
    }

    @Test
    void filesThatAreNotAMeasurePage_areSkippedAndReported() throws IOException {
        PublishedTree.write(published, "pages/about-our-analysis.html", "<h1>About our analysis</h1>\n");
        assertThat(facts().findings())
                .filteredOn(r -> r.rule() == RepairRule.NOT_A_MEASURE_PAGE)
                .extracting(Repair::location)
                .containsExactly("pages/about-our-analysis.html:1");
    }

    @Test
    void aSectionWithATableButNoChart_isServedAsATableAndReported() throws IOException {
        PublishedTree.write(
                published,
                PublishedTree.PAGE,
                PublishedTree.page("## By sex\n\n"
                        + "::: data_table\n"
                        + "    {\"title\": \"Civic participation by sex\", \"dataTableDecimalPlaces\": [null, 1]}\n"
                        + ":::\n\n"));
        var facts = facts();
        assertThat(facts.sections())
                .extracting(
                        PresentationImporter.Section::key,
                        PresentationImporter.Section::visual,
                        PresentationImporter.Section::decimals)
                .contains(tuple("by-sex", "table", "1"));
        assertThat(facts.findings())
                .filteredOn(r -> r.rule() == RepairRule.SECTION_WITHOUT_VISUALISATION)
                .extracting(Repair::location)
                .containsExactly(PublishedTree.PAGE + ":24");
    }

    @Test
    void malformedVisualisationJson_stopsWithFileLineAndColumn() throws IOException {
        String page = PublishedTree.page("").replace("\"scale\": \"%\",", "\"scale\": \"%\" ,,");
        PublishedTree.write(published, PublishedTree.PAGE, page);
        assertThatThrownBy(this::facts)
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(PublishedTree.PAGE + ":15:");
    }

    @Test
    void malformedVisualisationJson_writesNoSeedFile(@TempDir Path seed) throws IOException {
        Files.writeString(seed.resolve("presentation-sections.csv"), "previous data\n");
        PublishedTree.write(
                published, PublishedTree.PAGE, PublishedTree.page("").replace("\"title\":", "\"title\""));
        int exit = PublishedImportCommand.run(new String[] {published.toString(), seed.toString()});
        assertThat(exit).isEqualTo(1);
        assertThat(Files.readString(seed.resolve("presentation-sections.csv"))).isEqualTo("previous data\n");
        try (var files = Files.list(seed)) {
            assertThat(files).hasSize(1);
        }
    }

    private PresentationImporter.Facts facts() {
        return new PresentationImporter(new ReferenceData()).importPages(published, Map.of());
    }

    /** A map section (its heading on line 24) with one inset block opening on line 27. */
    private static String byArea(String caveat) {
        return "## By area\n"
                + "\n"
                + "::: tab section_name=\"By area\" tab_name=\"Visualisation\"\n"
                + "    ::: inset_text classes=\"govuk-!-margin-top-3\"\n"
                + "        " + caveat + "\n"
                + "    :::\n"
                + "    ::: visualisation vis_type=\"map\" section_name=\"By area\"\n"
                + "        {\"title\": \"Civic participation by region\", \"dataFormat\": \"quintile\","
                + " \"reversePolarity\": false, \"domain\": [0, 60]}\n"
                + "    :::\n"
                + ":::\n\n";
    }
}
