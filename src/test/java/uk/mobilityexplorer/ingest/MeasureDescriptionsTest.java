package uk.mobilityexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.mobilityexplorer.support.ApiSpec;

/**
 * Each measure's description (written by us, in reference/measures.csv) agrees with what the published files say
 * the figures are: the titles the files give ({@code title_in_file}) and the units of the loaded observations.
 * Read from the generated seed, so a description fixed in the reference table but not regenerated also fails.
 */
class MeasureDescriptionsTest {

    /** Words that name mutually exclusive things: a description may not name one where a published title names another. */
    private static final List<List<String>> EXCLUSIVE_TERMS =
            List.of(List.of("household", "individual"), List.of("hourly", "weekly", "annual"));

    private static final Set<String> MONEY_UNITS =
            Set.of("gbp", "gbp-millions", "gbp-billions", "predicted-gbp", "gbp-vs-national");
    private static final Pattern MONEY_WORDS = Pattern.compile("pay|earn|income|spen[dt]|output|wealth|expenditure");
    private static final Set<String> SHARE_UNITS = Set.of("percent", "percent-3yr-average");
    private static final Pattern SHARE_WORDS =
            Pattern.compile("share|percentage|per cent|rate|proportion|participation");

    private static final Map<String, String> descriptions = new HashMap<>();
    private static final Map<String, Set<String>> publishedTitles = new HashMap<>();
    private static final Map<String, Set<String>> units = new HashMap<>();

    @BeforeAll
    static void readSeed() {
        Path seed = ApiSpec.PROJECT.resolve("seed-data");
        CsvTable measures = CsvTable.read(seed.resolve("measures.csv"), "seed-data/measures.csv");
        for (CsvTable.Row row : measures.rows()) {
            descriptions.put(
                    measures.get(row, "id"), measures.get(row, "description").toLowerCase(Locale.ROOT));
        }
        CsvTable datasets = CsvTable.read(seed.resolve("datasets.csv"), "seed-data/datasets.csv");
        Map<String, String> measureOfDataset = new HashMap<>();
        for (CsvTable.Row row : datasets.rows()) {
            String measure = datasets.get(row, "measure");
            measureOfDataset.put(datasets.get(row, "id"), measure);
            publishedTitles
                    .computeIfAbsent(measure, k -> new HashSet<>())
                    .add(datasets.get(row, "title_in_file").toLowerCase(Locale.ROOT));
        }
        CsvTable observations = CsvTable.read(seed.resolve("observations.csv"), "seed-data/observations.csv");
        for (CsvTable.Row row : observations.rows()) {
            units.computeIfAbsent(measureOfDataset.get(observations.get(row, "dataset")), k -> new HashSet<>())
                    .add(observations.get(row, "unit"));
        }
    }

    @Test
    void noDescriptionNamesWhatThePublishedTitleExcludes() {
        List<String> contradictions = new ArrayList<>();
        descriptions.forEach((measure, description) -> {
            for (List<String> terms : EXCLUSIVE_TERMS) {
                List<String> inTitles = terms.stream()
                        .filter(t -> publishedTitles.getOrDefault(measure, Set.of()).stream()
                                .anyMatch(title -> title.contains(t)))
                        .toList();
                terms.stream()
                        .filter(description::contains)
                        .filter(t -> !inTitles.isEmpty() && !inTitles.contains(t))
                        .forEach(t -> contradictions.add(
                                measure + ": description says '" + t + "', published title says " + inTitles));
            }
        });
        assertThat(contradictions).isEmpty();
    }

    @Test
    void measuresPublishedOnlyInPoundsAreDescribedAsMoney() {
        assertThat(describedWithout(MONEY_UNITS, MONEY_WORDS)).isEmpty();
    }

    @Test
    void measuresPublishedOnlyAsPercentagesAreDescribedAsShares() {
        assertThat(describedWithout(SHARE_UNITS, SHARE_WORDS)).isEmpty();
    }

    @Test
    void parentalIncomeIsTheHourlyPayOfIndividualsWithDependentChildren() {
        assertThat(descriptions.get("parental-income"))
                .contains("hourly pay")
                .contains("individuals")
                .contains("dependent children")
                .doesNotContain("household");
    }

    /** Measures whose every unit is in the family but whose description uses none of the family's words. */
    private static List<String> describedWithout(Set<String> unitFamily, Pattern familyWords) {
        return descriptions.entrySet().stream()
                .filter(e -> !units.getOrDefault(e.getKey(), Set.of()).isEmpty()
                        && unitFamily.containsAll(units.get(e.getKey())))
                .filter(e -> !familyWords.matcher(e.getValue()).find())
                .map(e -> e.getKey() + ": " + e.getValue())
                .toList();
    }
}
