package uk.mobilityexplorer.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The seed tables of one import, held in memory in each table's CSV column order: {@link SeedWriter} prints them as
 * the seed files, and {@link SeedLoader} loads them straight into the database for an uploaded edition.
 */
public final class SeedTables {

    private final Map<SeedTable, CsvTable> tables = new EnumMap<>(SeedTable.class);

    private SeedTables() {}

    /** Builds every table from an import; output depends only on the input, so reruns give identical rows. */
    public static SeedTables from(PublishedImporter.Result result) {
        SeedTables seed = new SeedTables();
        ReferenceData ref = result.reference();
        seed.put(
                SeedTable.EDITION,
                ref.editions.values().stream()
                        .map(e -> List.of(
                                e.id(),
                                e.title(),
                                e.status().code(),
                                e.publishedOn(),
                                e.rankingMethod(),
                                e.rankingAreaType(),
                                e.rankingAreaCount(),
                                e.rankingGroupCount(),
                                e.rankingDescription()))
                        .toList());
        seed.put(
                SeedTable.MEASURE,
                ref.measures.values().stream()
                        .map(m -> List.of(m.id(), m.domain(), m.topic(), m.title(), m.polarity(), m.description()))
                        .toList());
        seed.put(
                SeedTable.DATASET,
                result.datasets().stream().map(SeedDataset::toCsv).toList());

        Set<String> used = usedAreas(result);
        seed.put(
                SeedTable.AREA,
                result.areas().all().stream()
                        .filter(a -> used.contains(a.code()))
                        .map(AreaDirectory.Area::toCsv)
                        .toList());

        Set<String> usedCategories = new LinkedHashSet<>();
        result.observations().forEach(o -> o.breakdowns().forEach(b -> usedCategories.add(b[0] + "|" + b[1])));
        seed.put(
                SeedTable.DIMENSION,
                ref.dimensions.values().stream()
                        .filter(d -> usedCategories.stream().anyMatch(c -> c.startsWith(d.code() + "|")))
                        .map(d -> List.of(d.code(), d.label(), d.kind(), d.description()))
                        .toList());

        List<List<String>> categories = new ArrayList<>();
        Map<String, Integer> order = new LinkedHashMap<>();
        for (Categories.Category c : result.categories().all()) {
            if (usedCategories.contains(c.dimension() + "|" + c.code())) {
                int n = order.merge(c.dimension(), 1, Integer::sum);
                categories.add(List.of(c.dimension(), c.code(), c.label(), Integer.toString(n)));
            }
        }
        seed.put(SeedTable.CATEGORY, categories);

        Map<String, List<String>> units = new LinkedHashMap<>();
        ref.units.values().forEach(u -> units.putIfAbsent(u.code(), List.of(u.code(), u.label(), u.decimals())));
        seed.put(SeedTable.UNIT, new ArrayList<>(units.values()));

        seed.put(SeedTable.AREA_NAME, result.areas().nameRows());
        seed.put(
                SeedTable.COUNCIL,
                result.councils().stream().map(CouncilDirectory.Council::toCsv).toList());
        seed.put(
                SeedTable.OBSERVATION,
                result.observations().stream().map(SeedObservation::toCsv).toList());
        seed.put(
                SeedTable.CAVEAT,
                ref.caveats.stream()
                        .map(c -> List.of(c.code(), c.kind(), c.text()))
                        .toList());
        PresentationImporter.Facts presentation = result.presentation();
        seed.put(
                SeedTable.PRESENTATION_PAGE,
                presentation.pages().stream()
                        .map(PresentationImporter.Page::toCsv)
                        .toList());
        seed.put(
                SeedTable.PRESENTATION_SECTION,
                presentation.sections().stream()
                        .map(PresentationImporter.Section::toCsv)
                        .toList());
        seed.put(
                SeedTable.PRESENTATION_CAVEAT,
                presentation.caveats().stream()
                        .map(PresentationImporter.CaveatUse::toCsv)
                        .toList());
        return seed;
    }

    /** One table's rows, read by column name like a seed file. */
    public CsvTable get(SeedTable table) {
        return tables.get(table);
    }

    private void put(SeedTable table, List<List<String>> rows) {
        tables.put(table, CsvTable.of(table.file(), table.header(), rows));
    }

    /**
     * Areas that carry data, councils and the areas they link to, plus their ancestors so every parent code
     * resolves.
     */
    private static Set<String> usedAreas(PublishedImporter.Result result) {
        Set<String> used = new LinkedHashSet<>();
        result.observations().forEach(o -> addWithAncestors(result.areas(), o.areaCode(), used));
        for (CouncilDirectory.Council c : result.councils()) {
            for (String code : c.areaCodes()) {
                addWithAncestors(result.areas(), code, used);
            }
        }
        return used;
    }

    private static void addWithAncestors(AreaDirectory areas, String code, Set<String> used) {
        while (code != null && !code.isEmpty() && used.add(code)) {
            AreaDirectory.Area area = areas.get(code);
            code = area == null ? null : area.parent();
        }
    }
}
