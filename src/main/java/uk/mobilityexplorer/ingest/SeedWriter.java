package uk.mobilityexplorer.ingest;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an import result as the project's normalised seed files. Output depends only on the input, so running the
 * importer twice on the same files gives byte-identical seed data.
 */
public final class SeedWriter {

    public static final List<String> FILES = List.of("editions.csv", "measures.csv", "datasets.csv", "areas.csv",
            "dimensions.csv", "categories.csv", "units.csv", "observations.csv", "import-report.csv", AreaDirectory.AREAS_FILE, AreaDirectory.NAMES_FILE);

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private SeedWriter() {
    }

    public static void write(PublishedImporter.Result result, Path dir) throws IOException {
        Files.createDirectories(dir);
        ReferenceData ref = result.reference();
        List<List<String>> editions = new ArrayList<>();
        ref.editions.values().forEach(e -> editions.add(List.of(e.id(), e.title(), e.status(), e.publishedOn(),
                e.rankingMethod(), e.rankingAreaType(), e.rankingAreaCount(), e.rankingGroupCount(),
                e.rankingDescription())));
        print(dir.resolve("editions.csv"), List.of("id", "title", "status", "published_on", "ranking_method",
                "ranking_area_type", "ranking_area_count", "ranking_group_count", "ranking_description"), editions);

        List<List<String>> measures = new ArrayList<>();
        ref.measures.values().forEach(m -> measures.add(List.of(m.id(), m.domain(), m.topic(), m.title(),
                m.polarity(), m.description())));
        print(dir.resolve("measures.csv"), List.of("id", "domain", "topic", "title", "polarity", "description"),
                measures);

        print(dir.resolve("datasets.csv"), SeedDataset.COLUMNS,
                result.datasets().stream().map(SeedDataset::toCsv).toList());

        Set<String> used = usedAreas(result);
        List<List<String>> areas = new ArrayList<>();
        result.areas().all().stream().filter(a -> used.contains(a.code())).forEach(a -> areas.add(a.toCsv()));
        print(dir.resolve("areas.csv"), AreaDirectory.AREA_COLUMNS, areas);
        result.areas().write(dir);

        Set<String> usedCategories = new LinkedHashSet<>();
        result.observations().forEach(o -> o.breakdowns().forEach(b -> usedCategories.add(b[0] + "|" + b[1])));
        List<List<String>> dimensions = new ArrayList<>();
        ref.dimensions.values().stream()
                .filter(d -> usedCategories.stream().anyMatch(c -> c.startsWith(d.code() + "|")))
                .forEach(d -> dimensions.add(List.of(d.code(), d.label(), d.kind(), d.description())));
        print(dir.resolve("dimensions.csv"), List.of("code", "label", "kind", "description"), dimensions);

        List<List<String>> categories = new ArrayList<>();
        Map<String, Integer> order = new LinkedHashMap<>();
        for (Categories.Category c : result.categories().all()) {
            if (usedCategories.contains(c.dimension() + "|" + c.code())) {
                int n = order.merge(c.dimension(), 1, Integer::sum);
                categories.add(List.of(c.dimension(), c.code(), c.label(), Integer.toString(n)));
            }
        }
        print(dir.resolve("categories.csv"), List.of("dimension", "code", "label", "sort_order"), categories);

        Map<String, List<String>> units = new LinkedHashMap<>();
        ref.units.values().forEach(u -> units.putIfAbsent(u.code(), List.of(u.code(), u.label(), u.decimals())));
        print(dir.resolve("units.csv"), List.of("code", "label", "decimals"), new ArrayList<>(units.values()));

        print(dir.resolve("observations.csv"), SeedObservation.COLUMNS,
                result.observations().stream().map(SeedObservation::toCsv).toList());

        print(dir.resolve("import-report.csv"), List.of("location", "action"), result.report().stream()
                .map(r -> {
                    int split = r.indexOf(": ");
                    return List.of(r.substring(0, split), r.substring(split + 2));
                }).toList());
    }

    /** Areas that carry data, plus their ancestors so every parent code resolves. */
    private static Set<String> usedAreas(PublishedImporter.Result result) {
        Set<String> used = new LinkedHashSet<>();
        for (SeedObservation o : result.observations()) {
            String code = o.areaCode();
            while (code != null && !code.isEmpty() && used.add(code)) {
                AreaDirectory.Area area = result.areas().get(code);
                code = area == null ? null : area.parent();
            }
        }
        return used;
    }

    static void print(Path file, List<String> header, List<List<String>> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(w, FORMAT)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
    }
}
