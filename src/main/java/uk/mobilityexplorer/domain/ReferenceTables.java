package uk.mobilityexplorer.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the small reference tables whole, through their repositories, for the {@link Catalogue} to hold. */
@ApplicationScoped
public class ReferenceTables {

    private final EditionRepository editions;
    private final MeasureRepository measures;
    private final DatasetRepository datasets;
    private final AreaRepository areas;
    private final DimensionRepository dimensions;
    private final CategoryRepository categories;
    private final UnitRepository units;
    private final DataVersionRepository dataVersion;
    private final CouncilRepository councils;
    private final AreaNameRepository areaNames;

    public ReferenceTables(
            EditionRepository editions,
            MeasureRepository measures,
            DatasetRepository datasets,
            AreaRepository areas,
            DimensionRepository dimensions,
            CategoryRepository categories,
            UnitRepository units,
            DataVersionRepository dataVersion,
            CouncilRepository councils,
            AreaNameRepository areaNames) {
        this.editions = editions;
        this.measures = measures;
        this.datasets = datasets;
        this.areas = areas;
        this.dimensions = dimensions;
        this.categories = categories;
        this.units = units;
        this.dataVersion = dataVersion;
        this.councils = councils;
        this.areaNames = areaNames;
    }

    /** The number of imports so far. */
    long dataVersion() {
        return dataVersion.current();
    }

    /** Every reference table, with the lookups the API needs. */
    Catalogue.Snapshot load() {
        Map<String, Edition> editionsById = ordered(editions.listAll(), e -> e.id);
        Map<String, Measure> measuresById = ordered(measures.listAll(), m -> m.id);
        List<Dataset> datasetList = datasets.listAll().stream()
                .sorted(Comparator.comparing((Dataset d) -> d.id))
                .toList();
        List<Area> areaList = areas.listAll().stream()
                .sorted(Comparator.comparing((Area a) -> a.code))
                .toList();
        Map<String, Area> areasByCode = ordered(areaList, a -> a.code);
        Map<String, Dimension> dimensionsByCode = ordered(dimensions.listAll(), d -> d.code);
        Map<String, List<Category>> categoriesByDimension = categories.listAll().stream()
                .sorted(Comparator.comparing((Category c) -> c.dimensionCode).thenComparingInt(c -> c.sortOrder))
                .collect(Collectors.groupingBy(c -> c.dimensionCode, LinkedHashMap::new, Collectors.toList()));
        Map<String, Unit> unitsByCode = ordered(units.listAll(), u -> u.code);
        Map<String, Dataset> datasetsById = ordered(datasetList, d -> d.id);
        Map<String, String> labels = new HashMap<>();
        categoriesByDimension
                .values()
                .forEach(list -> list.forEach(c -> labels.put(c.dimensionCode + "|" + c.code, c.label)));
        Map<String, Council> councilsByCode = ordered(councils.listAll(), c -> c.code);
        return new Catalogue.Snapshot(
                editionsById,
                measuresById,
                datasetList,
                areasByCode,
                byLowerCase(areaList, a -> a.code),
                byLowerCase(areaList, a -> a.name),
                dimensionsByCode,
                categoriesByDimension,
                unitsByCode,
                datasetsById,
                labels,
                councilsByCode,
                areaSearch(areaList, councilsByCode));
    }

    /** Every area, councils included, searchable by its name and the other names the importer knows it by. */
    private AreaNameSearch areaSearch(List<Area> areaList, Map<String, Council> councilsByCode) {
        Map<String, List<String>> otherNames = areaNames.listAll().stream()
                .collect(Collectors.groupingBy(n -> n.code, Collectors.mapping(n -> n.nameKey, Collectors.toList())));
        return new AreaNameSearch(areaList.stream()
                .map(a -> new AreaNameSearch.Entry(
                        a.code,
                        a.name,
                        a.type.code(),
                        otherNames.getOrDefault(a.code, List.of()),
                        councilsByCode.containsKey(a.code)
                                && councilsByCode.get(a.code).isRetired()))
                .toList());
    }

    /** Areas keyed on the lower-cased key, for lookups in any case; the first area in code order keeps a key. */
    private static Map<String, Area> byLowerCase(List<Area> areasInCodeOrder, Function<Area, String> key) {
        Map<String, Area> map = new HashMap<>();
        areasInCodeOrder.forEach(a -> map.putIfAbsent(key.apply(a).toLowerCase(Locale.ROOT), a));
        return map;
    }

    private static <T> Map<String, T> ordered(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.stream().sorted(Comparator.comparing(key)).forEach(i -> map.put(key.apply(i), i));
        return map;
    }
}
