package uk.mobilityexplorer.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An area's profile, and areas side by side: each measure's headline figure, ranked among peers, the peers' spread
 * for the same period, the area's figures over every period and edition, and a benchmark (see {@link Benchmark}).
 * A council without figures of its own in an edition stands for the area that holds it and has figures: the
 * Commission's area, else its ITL2 region.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProfileService {

    public static final String METHOD = "Headline figure: no breakdown, latest period. Rank 1 = highest value among "
            + "areas of the same type. Peers: the areas of the same type with a figure for the same period; quartiles "
            + "by linear interpolation (type 7). Benchmark: the UK figure for the same period, compared by "
            + "non-overlapping 95% confidence intervals; where the UK has no figure for the period, the peer median. "
            + "The comparison field compares with the UK only.";

    /** At most this many areas side by side. */
    public static final int MAX_COMPARED = 4;

    /** One measure's headline figure for an area, with its peers, the UK figure, its benchmark and its series. */
    public record Entry(
            Measure measure,
            Observation observation,
            Integer rank,
            int peerCount,
            Observation uk,
            String comparison,
            PeerDistribution peers,
            Benchmark benchmark,
            List<SeriesPoint> series) {

        public BigDecimal ukValue() {
            return uk == null ? null : uk.value;
        }

        public BigDecimal differenceFromUk() {
            return uk == null ? null : observation.value.subtract(uk.value);
        }
    }

    /** One published headline figure of the area, and the edition that published it. */
    public record SeriesPoint(String edition, Observation observation) {}

    /** The area asked for, the area whose figures are shown (the same unless a council stands for another), entries. */
    public record Profile(Area area, Area figuresArea, List<Entry> entries) {}

    /** One requested area and the area whose figures stand for it. */
    public record Side(Area requested, Area figuresArea) {}

    /** One measure across the compared areas, one entry per area in request order. */
    public record Row(Measure measure, List<Entry> entries) {}

    public record Comparison(List<Side> sides, List<Row> rows) {}

    private final Catalogue catalogue;
    private final ObservationRepository observations;

    public ProfileService(Catalogue catalogue, ObservationRepository observations) {
        this.catalogue = catalogue;
        this.observations = observations;
    }

    public Profile profile(Area area, Edition edition) {
        Context context = context(edition);
        Area figuresArea = context.figuresArea(area);
        List<Entry> entries = context.inEdition.stream()
                .map(d -> context.entry(figuresArea, d))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(e -> e.measure().title))
                .toList();
        return new Profile(area, figuresArea, entries);
    }

    /**
     * Two to {@link #MAX_COMPARED} areas (codes or names) side by side on every measure all of them have in the
     * edition. Refuses fewer or more, repeats, and areas of different types, which hold figures of different
     * geographies.
     */
    public Comparison compare(List<String> requested, Edition edition) {
        if (requested.size() < 2 || requested.size() > MAX_COMPARED) {
            throw new InvalidQueryException(
                    "areas",
                    "areas takes two to " + MAX_COMPARED + " area codes or names, comma-separated; " + requested.size()
                            + " given.");
        }
        Context context = context(edition);
        List<Side> sides = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : requested) {
            Area area = catalogue.area(name);
            Side side = new Side(area, context.figuresArea(area));
            if (!seen.add(side.figuresArea().code)) {
                throw new InvalidQueryException(
                        "areas",
                        "Two of the areas have the same figures, those of " + side.figuresArea().name + " ("
                                + side.figuresArea().code + "); name each area once.");
            }
            sides.add(side);
        }
        Set<String> types = sides.stream()
                .map(s -> s.figuresArea().type.code())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (types.size() > 1) {
            throw new InvalidQueryException(
                    "areas",
                    "Areas of different types hold figures of different "
                            + "geographies and are not compared: "
                            + sides.stream()
                                    .map(s -> s.figuresArea().code + " is "
                                            + s.figuresArea().type.code())
                                    .collect(Collectors.joining(", "))
                            + ".");
        }
        List<Row> rows = new ArrayList<>();
        for (Dataset d : context.inEdition) {
            List<Entry> entries = sides.stream()
                    .map(s -> context.entry(s.figuresArea(), d))
                    .flatMap(Optional::stream)
                    .toList();
            if (entries.size() == sides.size()) {
                rows.add(new Row(entries.get(0).measure(), entries));
            }
        }
        rows.sort(Comparator.comparing(r -> r.measure().title));
        return new Comparison(sides, rows);
    }

    /** The datasets and headline figures one edition's profiles need, read once per request. */
    private Context context(Edition edition) {
        var snapshot = catalogue.get();
        List<Dataset> inEdition = snapshot.datasets().stream()
                .filter(d -> d.editionId.equals(edition.id) && d.isServedByDefault())
                .toList();
        // Series run over every published edition, and the requested one even when it is a draft.
        List<Dataset> forSeries = snapshot.datasets().stream()
                .filter(Dataset::isServedByDefault)
                .filter(d -> d.editionId.equals(edition.id)
                        || !snapshot.editions().get(d.editionId).isDraft())
                .sorted(Comparator.comparing((Dataset d) -> d.editionId).thenComparing(d -> d.id))
                .toList();
        Map<String, Area> areas = snapshot.areas();
        HeadlineFigures figures = new HeadlineFigures(
                observations.headlines(forSeries.stream().map(d -> d.id).toList()),
                code -> areas.containsKey(code) ? areas.get(code).type.code() : null);
        return new Context(snapshot, inEdition, forSeries, figures);
    }

    private record Context(
            Catalogue.Snapshot snapshot, List<Dataset> inEdition, List<Dataset> forSeries, HeadlineFigures figures) {

        /** The area itself if it has figures in the edition; for a council without, the first area holding it that has. */
        Area figuresArea(Area area) {
            Council council = snapshot.councils().get(area.code);
            if (council == null || hasFigures(area.code)) {
                return area;
            }
            return council.containingAreas().stream()
                    .filter(this::hasFigures)
                    .findFirst()
                    .map(code -> snapshot.areas().get(code))
                    .orElse(area);
        }

        private boolean hasFigures(String code) {
            return inEdition.stream().anyMatch(d -> figures.latest(code, d.id).isPresent());
        }

        Optional<Entry> entry(Area area, Dataset dataset) {
            return figures.latest(area.code, dataset.id).map(mine -> {
                String type = area.type.code();
                Optional<Observation> uk = figures.uk(mine);
                List<String> measureDatasets = forSeries.stream()
                        .filter(d -> d.measureId.equals(dataset.measureId))
                        .map(d -> d.id)
                        .toList();
                List<SeriesPoint> series = figures.series(area.code, measureDatasets).stream()
                        .map(o -> new SeriesPoint(snapshot.datasetsById().get(o.datasetId).editionId, o))
                        .toList();
                return new Entry(
                        snapshot.measures().get(dataset.measureId),
                        mine,
                        figures.rank(mine, type),
                        figures.peers(mine, type).size(),
                        uk.orElse(null),
                        compareWithUk(mine, uk.orElse(null), area),
                        figures.distribution(mine, type).orElse(null),
                        figures.benchmark(mine, type),
                        series);
            });
        }
    }

    /** The comparison with the UK alone (kept for clients that show it); the benchmark falls back to the peers. */
    private static String compareWithUk(Observation mine, Observation uk, Area area) {
        if (area.code.equals(Area.UK_CODE)) {
            return "is-uk";
        }
        if (uk == null) {
            return "no-uk-figure";
        }
        if (mine.lci == null || mine.uci == null || uk.lci == null || uk.uci == null) {
            return "not-compared";
        }
        if (mine.lci.compareTo(uk.uci) > 0) {
            return "higher";
        }
        if (mine.uci.compareTo(uk.lci) < 0) {
            return "lower";
        }
        return "similar";
    }
}
