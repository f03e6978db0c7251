package uk.mobilityexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each repair rule on the smallest published file that needs it: the row it changes, and what it makes of it. */
class RepairRuleTest {

    private static final String FILE = "releases/2024/DR11-2.0-distribution-of-earnings--full-dataset.csv";
    private static final String HEADER = "ind_code,ind_name,area_type,area_code,area_name,time_period,seb,age,sex,"
            + "category_type,category,category_type2,category2,value,sample_size,lci,uci,se,unit,value_note\n";
    private static final String GOOD = row("Tees Valley and Durham", "NA", "NA", "NA", "NA", "NA", "NA", "3.5");

    @TempDir
    Path published;

    @BeforeEach
    void tinyPublishedTree() throws IOException {
        PublishedTree.create(published);
    }

    @Test
    void blankRow_isSkipped() throws IOException {
        var result = importRows(GOOD + ",".repeat(19) + "\n");
        assertRepaired(result, RepairRule.BLANK_ROW, 3);
        assertThat(result.observations()).hasSize(1);
    }

    @Test
    void exactDuplicateRow_isDropped() throws IOException {
        var result = importRows(GOOD + GOOD);
        assertRepaired(result, RepairRule.EXACT_DUPLICATE_ROW, 3);
        assertThat(result.observations()).hasSize(1);
    }

    @Test
    void sameFiguresUnderAnotherTotalLabel_areDropped() throws IOException {
        var result = importRows(GOOD + row("Tees Valley and Durham", "NA", "All", "NA", "NA", "NA", "NA", "3.5"));
        assertRepaired(result, RepairRule.REPEATED_FIGURES, 3);
        assertThat(result.observations()).extracting(SeedObservation::line).containsExactly(2L);
    }

    @Test
    void yearInTheSebColumn_becomesThePeriod() throws IOException {
        var result = importRows(row("Tees Valley and Durham", "2019", "NA", "NA", "NA", "NA", "NA", "3.5")
                + row("Tees Valley and Durham", "2020", "NA", "NA", "NA", "NA", "NA", "3.6"));
        assertThat(result.repairs())
                .extracting(Repair::rule, Repair::line)
                .containsExactly(tuple(RepairRule.YEAR_IN_SEB_COLUMN, 2L), tuple(RepairRule.YEAR_IN_SEB_COLUMN, 3L));
        assertThat(result.observations()).extracting(SeedObservation::period).containsExactly("2019", "2020");
    }

    @Test
    void averageInTheSebColumn_isTheAverageOfThePeriodColumnsYears() throws IOException {
        var result = importRows(row("Tees Valley and Durham", "2014", "NA", "NA", "NA", "NA", "NA", "3.5")
                + row("Tees Valley and Durham", "Average", "NA", "NA", "NA", "NA", "NA", "3.6")
                        .replace(",2020,", ",2014-2021,"));
        assertThat(result.repairs())
                .extracting(Repair::rule, Repair::line)
                .containsExactly(tuple(RepairRule.YEAR_IN_SEB_COLUMN, 2L), tuple(RepairRule.YEAR_IN_SEB_COLUMN, 3L));
        assertThat(result.observations().subList(1, 2))
                .extracting(
                        SeedObservation::period,
                        SeedObservation::periodStart,
                        SeedObservation::periodEnd,
                        SeedObservation::periodKind)
                .containsExactly(tuple("2014-2021", 2014, 2021, "average-of-years"));
    }

    @Test
    void valueInTheZScoreColumn_becomesTheValue() throws IOException {
        var result = importRows(row("Tees Valley and Durham", "NA", "NA", "NA", "NA", "Z-score", "0.7", "NA"));
        assertRepaired(result, RepairRule.VALUE_IN_BREAKDOWN_COLUMN, 2);
        assertThat(result.observations().get(0).value()).isEqualByComparingTo("0.7");
    }

    @Test
    void ethnicityTotalOnAnEthnicGroupRow_isKeptAsAnUnnamedGroup() throws IOException {
        var result = importRows(row("Tees Valley and Durham", "NA", "NA", "Ethnicity", "Total", "NA", "NA", "3.5"));
        assertRepaired(result, RepairRule.UNNAMED_ETHNIC_GROUP, 2);
        assertThat(result.observations().get(0).breakdowns())
                .extracting(b -> b[0])
                .containsExactly("ethnicity");
    }

    @Test
    void quintileSwappedWithQualification_isPutBack() throws IOException {
        var result = importRows(row(
                "Tees Valley and Durham",
                "NA",
                "NA",
                "Highest qualification",
                "5",
                "Quintile",
                "A level and equivalent",
                "3.5"));
        assertRepaired(result, RepairRule.SWAPPED_QUINTILE, 2);
        SeedObservation o = result.observations().get(0);
        assertThat(o.bandRank()).isEqualTo(5);
        assertThat(o.breakdowns()).extracting(b -> b[0]).containsExactly("qualification");
    }

    @Test
    void unnamedRegion_keepsTheAreaAsPublishedWithNoCode() throws IOException {
        var result = importRows(row("NA", "NA", "NA", "NA", "NA", "NA", "NA", "3.5"));
        assertRepaired(result, RepairRule.UNNAMED_REGION, 2);
        assertThat(result.observations().get(0).areaCode()).isNull();
    }

    @Test
    void report_hasOneLinePerRuleWithItsRowCountAndExamples() throws IOException {
        var result = importRows(GOOD + GOOD + GOOD + GOOD + GOOD);
        List<List<String>> report = SeedWriter.reportRows(result.repairs());
        assertThat(report).hasSize(RepairRule.values().length);
        assertThat(report.get(RepairRule.EXACT_DUPLICATE_ROW.ordinal()))
                .containsExactly(
                        "exact-duplicate-row",
                        "4",
                        FILE + ":3 " + FILE + ":4 " + FILE + ":5",
                        RepairRule.EXACT_DUPLICATE_ROW.reason());
        assertThat(report.get(RepairRule.BLANK_ROW.ordinal())).startsWith("blank-row", "0", "");
    }

    private PublishedImporter.Result importRows(String rows) throws IOException {
        PublishedTree.write(published, FILE, HEADER + rows);
        return new PublishedImporter().importAll(published);
    }

    private static void assertRepaired(PublishedImporter.Result result, RepairRule rule, long line) {
        assertThat(result.repairs())
                .extracting(Repair::rule, Repair::file, Repair::line)
                .containsExactly(tuple(rule, FILE, line));
    }

    private static String row(
            String area,
            String seb,
            String sex,
            String categoryType,
            String category,
            String categoryType2,
            String category2,
            String value) {
        return String.join(
                        ",",
                        "DR11",
                        "Distribution of earnings",
                        "ITL2",
                        "TLC1",
                        area,
                        "2020",
                        seb,
                        "NA",
                        sex,
                        categoryType,
                        category,
                        categoryType2,
                        category2,
                        value,
                        "NA",
                        "NA",
                        "NA",
                        "NA",
                        "Ratio",
                        "NA")
                + "\n";
    }
}
