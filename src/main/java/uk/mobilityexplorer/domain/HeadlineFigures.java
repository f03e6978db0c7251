package uk.mobilityexplorer.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The headline figures (no breakdown, a value published) of some datasets, and the questions the area pages ask of
 * them: an area's latest figure, its peers for the same period, the UK figure that is like for like, and the
 * area's figures over every period. Figures are "like for like" when they share dataset, period, unit, note and
 * area basis: the same quantity for the same time. Peers also share the chart the file published them for; the UK
 * figure may come from another chart (often the trend) of the same file.
 */
public final class HeadlineFigures {

    private final Map<String, List<Observation>> byDataset;
    private final Function<String, String> areaType;

    /**
     * @param rows     headline rows of the datasets (no breakdown, value not null)
     * @param areaType the type of an area code, null for codes that are not areas
     */
    public HeadlineFigures(List<Observation> rows, Function<String, String> areaType) {
        this.byDataset = rows.stream()
                .filter(o -> o.dim1 == null && o.value != null)
                .collect(Collectors.groupingBy(o -> o.datasetId));
        this.areaType = areaType;
    }

    /** The area's figure for the latest period of the dataset (latest end year; then first published). */
    public Optional<Observation> latest(String areaCode, String datasetId) {
        return rows(datasetId).stream()
                .filter(o -> areaCode.equals(o.areaCode))
                .min(Comparator.comparing(
                                (Observation o) -> o.periodEnd == null ? Integer.MIN_VALUE : o.periodEnd,
                                Comparator.reverseOrder())
                        .thenComparingLong(o -> o.id));
    }

    /** The area's figures in the datasets, in dataset order then period order. */
    public List<Observation> series(String areaCode, List<String> datasetIds) {
        return datasetIds.stream()
                .flatMap(d -> rows(d).stream())
                .filter(o -> areaCode.equals(o.areaCode))
                .sorted(Comparator.comparing((Observation o) -> datasetIds.indexOf(o.datasetId))
                        .thenComparing(o -> o.periodStart, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(o -> o.periodEnd, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingLong(o -> o.id))
                .toList();
    }

    /** Figures like {@code figure} for areas of the given type: its peers, the area itself included. */
    public List<Observation> peers(Observation figure, String type) {
        return rows(figure.datasetId).stream()
                .filter(o -> likeForLike(o, figure) && Objects.equals(o.chartType, figure.chartType))
                .filter(o -> o.areaCode != null && type.equals(areaType.apply(o.areaCode)))
                .toList();
    }

    public Optional<PeerDistribution> distribution(Observation figure, String type) {
        return PeerDistribution.of(
                peers(figure, type).stream().map(o -> o.value).toList());
    }

    /** Rank 1 is the highest value among the peers; ties share a rank. */
    public int rank(Observation figure, String type) {
        return 1
                + (int) peers(figure, type).stream()
                        .filter(o -> o.value.compareTo(figure.value) > 0)
                        .count();
    }

    /** The UK figure like {@code figure}, if the dataset publishes one. */
    public Optional<Observation> uk(Observation figure) {
        return rows(figure.datasetId).stream()
                .filter(o -> Area.UK_CODE.equals(o.areaCode))
                .filter(o -> likeForLike(o, figure))
                .findFirst();
    }

    /** The benchmark for the figure of an area of the given type (see {@link Benchmark#choose}). */
    public Benchmark benchmark(Observation figure, String type) {
        return Benchmark.choose(
                figure.areaCode,
                figureOf(figure),
                uk(figure).map(HeadlineFigures::figureOf),
                distribution(figure, type));
    }

    private static Benchmark.Figure figureOf(Observation o) {
        return new Benchmark.Figure(o.value, o.lci, o.uci);
    }

    private List<Observation> rows(String datasetId) {
        return byDataset.getOrDefault(datasetId, List.of());
    }

    private static boolean likeForLike(Observation a, Observation b) {
        return a.period.equals(b.period)
                && a.unitCode.equals(b.unitCode)
                && Objects.equals(a.valueNote, b.valueNote)
                && Objects.equals(a.areaBasis, b.areaBasis);
    }
}
