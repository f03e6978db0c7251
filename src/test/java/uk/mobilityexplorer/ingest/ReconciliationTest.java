package uk.mobilityexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mobilityexplorer.support.ApiSpec.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.mobilityexplorer.support.ApiSpec;
import uk.mobilityexplorer.support.PublishedFiles;

/**
 * Every published file against what the service serves: row count and sum of values, less the rows the import
 * report lists as excluded. Needs the Commission's files (-Dsmc.published.dir); skipped with a message without them,
 * unless the environment says they must be there ({@code SMC_PUBLISHED_REQUIRED=true}, as {@code .ci/run} sets), when
 * their absence fails the build.
 */
@QuarkusTest
class ReconciliationTest {

    private static final Path PUBLISHED = PublishedFiles.DIR;
    private static final Path SEED = ApiSpec.PROJECT.resolve("seed-data");

    @Test
    void everyFileIsServedWithTheSameCountAndSumOfValues() throws Exception {
        PublishedFiles.require("reconciliation");
        Map<String, Set<Long>> excluded = excludedLines();
        CsvTable datasets = CsvTable.read(SEED.resolve("datasets.csv"), "datasets.csv");
        int files = 0;
        for (CsvTable.Row d : datasets.rows()) {
            String file = datasets.get(d, "source_file");
            CsvTable published = CsvTable.read(PUBLISHED.resolve(file), file);
            Set<Long> skip = excluded.getOrDefault(file, Set.of());
            long expectedCount = published.rows().stream()
                    .filter(r -> !skip.contains(r.line()))
                    .count();
            BigDecimal expectedSum = published.rows().stream()
                    .filter(r -> !skip.contains(r.line()))
                    .map(r -> publishedValue(published, r))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);

            String[] id = datasets.get(d, "id").split("/");
            List<BigDecimal> served = api().queryParam("edition", id[0])
                    .queryParam("version", id[2])
                    .queryParam("page_size", 1000)
                    .get("/api/v1/measures/" + id[1] + "/observations")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .using(JsonPathConfig.jsonPathConfig()
                            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
                    .getList("items.value", BigDecimal.class);
            BigDecimal servedSum = served.stream().filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);

            assertThat(served).as(file).hasSize((int) expectedCount);
            assertThat(servedSum).as(file).isEqualByComparingTo(expectedSum);
            files++;
        }
        assertThat(files).isEqualTo(155);
    }

    @Test
    void reImportingGivesByteIdenticalSeedData(@org.junit.jupiter.api.io.TempDir Path out) throws Exception {
        PublishedFiles.require("determinism check");
        SeedWriter.write(new PublishedImporter().importAll(PUBLISHED), out);
        for (String file : SeedWriter.FILES) {
            assertThat(Files.mismatch(out.resolve(file), SEED.resolve(file)))
                    .as(file)
                    .isEqualTo(-1L);
        }
    }

    @Test
    void everyUnresolvedAreaIsListedWithItsReason() throws Exception {
        CsvTable report = CsvTable.read(SEED.resolve("import-report.csv"), "import-report.csv");
        List<String> unresolved = report.rows().stream()
                .filter(r -> report.get(r, "rule").equals(RepairRule.UNNAMED_REGION.ruleName()))
                .map(r -> report.get(r, "rows"))
                .toList();
        CsvTable obs = CsvTable.read(SEED.resolve("observations.csv"), "observations.csv");
        long withoutArea = obs.rows().stream()
                .filter(r -> obs.get(r, "area_code").isEmpty())
                .count();
        assertThat(unresolved).containsExactly(Long.toString(withoutArea));
    }

    /** The figure a published row carries, read independently of the importer's rules. */
    private static BigDecimal publishedValue(CsvTable t, CsvTable.Row r) {
        String value = t.has("estimate") ? t.get(r, "estimate") : t.get(r, "value");
        if ((value.isEmpty() || value.equals("NA"))
                && t.get(r, "category_type2").equals("Z-score")) {
            value = t.get(r, "category2");
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    /** The rows the importer left out, by file, as its own repairs list them. */
    private static Map<String, Set<Long>> excludedLines() {
        Map<String, Set<Long>> out = new HashMap<>();
        for (Repair repair : new PublishedImporter().importAll(PUBLISHED).repairs()) {
            if (repair.rule().dropsRow()) {
                out.computeIfAbsent(repair.file(), k -> new HashSet<>()).add(repair.line());
            }
        }
        return out;
    }
}
