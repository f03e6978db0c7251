package uk.mobilityexplorer.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** A measure's observations in one edition, filtered and paged, with the reasons when nothing matches. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ObservationService {

    /**
     * What a request asks for, as given: area codes or names, an area type code, the chart type of the rows (the
     * Commission's chart they feed), period labels and the breakdown filters (dimension code to the values given for
     * it).
     */
    public record Request(
            String version,
            List<String> areas,
            String areaType,
            String chartType,
            List<String> periods,
            Map<String, List<String>> breakdowns,
            ObservationSort sort,
            PageRequest paging) {}

    /** One page of rows; explanations only when there are none. */
    public record Result(List<Observation> items, long total, List<Explanation> explanations) {}

    private final Catalogue catalogue;
    private final ObservationRepository observations;
    // Facts about whole datasets, used to explain empty results; bounded by the catalogue, dropped by every import.
    private final Map<List<String>, List<String>> periods = new ConcurrentHashMap<>();
    private final Map<String, Boolean> dimensionsPresent = new ConcurrentHashMap<>();

    public ObservationService(Catalogue catalogue, ObservationRepository observations) {
        this.catalogue = catalogue;
        this.observations = observations;
    }

    public Result page(Measure measure, Edition edition, Request request) {
        List<String> datasetIds = datasets(measure, edition, request.version()).stream()
                .map(d -> d.id)
                .toList();
        Map<String, String> breakdowns = breakdowns(request.breakdowns());
        AreaType areaType = areaType(request.areaType());
        List<String> areaCodes =
                request.areas().stream().map(a -> catalogue.area(a).code).toList();
        var page = observations.page(new ObservationRepository.Filter(
                datasetIds,
                areaCodes,
                areaType,
                request.chartType(),
                request.periods(),
                breakdowns,
                request.sort(),
                request.paging()));
        List<Explanation> explanations = page.total() == 0
                ? explainEmpty(datasetIds, areaCodes, request.chartType(), request.periods(), breakdowns)
                : List.of();
        return new Result(page.items(), page.total(), explanations);
    }

    /** The edition's current datasets, or the one page version asked for (which may be superseded). */
    private List<Dataset> datasets(Measure measure, Edition edition, String version) {
        if (version == null) {
            return catalogue.currentDatasets(measure.id, edition.id);
        }
        List<Dataset> inEdition = catalogue.datasetsOf(measure.id).stream()
                .filter(d -> d.editionId.equals(edition.id))
                .toList();
        return inEdition.stream()
                .filter(d -> d.pageVersion.equalsIgnoreCase(version))
                .findFirst()
                .map(List::of)
                .orElseThrow(() -> new InvalidQueryException(
                        "version",
                        "version must be one of: "
                                + inEdition.stream().map(d -> d.pageVersion).collect(Collectors.joining(", ")) + "."));
    }

    private Map<String, String> breakdowns(Map<String, List<String>> given) {
        Map<String, String> filters = new LinkedHashMap<>();
        given.forEach((name, values) -> {
            String dimension = name.toLowerCase(Locale.ROOT);
            if (values.size() != 1) {
                throw new InvalidQueryException(dimension, dimension + " may be given once.");
            }
            filters.put(dimension, catalogue.category(dimension, dimension, values.get(0)));
        });
        return filters;
    }

    private AreaType areaType(String code) {
        if (code == null) {
            return null;
        }
        return Coded.fromCode(AreaType.class, code)
                .filter(t -> catalogue.areaTypesInUse().contains(t.code()))
                .orElseThrow(() -> new InvalidQueryException(
                        "area_type",
                        "area_type must be one of: " + String.join(", ", catalogue.areaTypesInUse()) + "."));
    }

    private List<Explanation> explainEmpty(
            List<String> datasetIds,
            List<String> areas,
            String chartType,
            List<String> periodLabels,
            Map<String, String> breakdowns) {
        List<Explanation> explanations = new ArrayList<>();
        if (!areas.isEmpty() && !observations.anyInAreas(datasetIds, areas)) {
            explanations.add(new Explanation(
                    "area.not-covered", "This measure has no figures for the requested area(s) in this edition."));
        }
        if (chartType != null) {
            List<String> available = observations.chartTypes(datasetIds);
            if (!available.contains(chartType)) {
                explanations.add(new Explanation(
                        "chart_type.not-covered",
                        available.isEmpty()
                                ? "This measure's rows carry no chart type in this edition."
                                : "Chart types available: " + String.join(", ", available) + "."));
            }
        }
        if (!periodLabels.isEmpty()) {
            List<String> available = periodsOf(datasetIds);
            if (periodLabels.stream().noneMatch(available::contains)) {
                explanations.add(new Explanation(
                        "period.not-covered", "Periods available: " + String.join(", ", available) + "."));
            }
        }
        breakdowns.forEach((dimension, category) -> {
            if (!hasDimension(datasetIds, dimension)) {
                explanations.add(new Explanation(
                        "breakdown.not-available",
                        "This measure is not broken down by " + dimension + " in this edition."));
            }
        });
        if (explanations.isEmpty()) {
            explanations.add(new Explanation(
                    "results.empty", "Each filter matches some rows, but no row matches all of them together."));
        }
        return explanations;
    }

    /** Whether any row is broken down by the dimension; remembered, as it needs a look at every row of the datasets. */
    public boolean hasDimension(List<String> datasetIds, String dimension) {
        return dimensionsPresent.computeIfAbsent(
                datasetIds + "|" + dimension, k -> observations.anyWithDimension(datasetIds, dimension));
    }

    /** Period labels present, in time order; remembered, as they need a look at every row of the datasets. */
    private List<String> periodsOf(List<String> datasetIds) {
        return periods.computeIfAbsent(datasetIds, ids -> List.copyOf(observations.periods(ids)));
    }

    void onDataReplaced(@Observes DataReplaced event) {
        periods.clear();
        dimensionsPresent.clear();
    }
}
