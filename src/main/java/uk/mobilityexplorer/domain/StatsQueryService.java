package uk.mobilityexplorer.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.hibernate.query.SelectionQuery;

import io.quarkus.panache.common.Parameters;

/** Read use-cases over observations: filtered pages, gaps between groups and area profiles. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatsQueryService {

    /** z for a two-sided 95% interval; the Commission publishes 95% intervals throughout. */
    public static final double Z95 = 1.959964;

    /** What to select; lists are empty when not filtered. Dimension filters map dimension code to category code. */
    public record ObservationFilter(List<String> datasetIds, List<String> areaCodes, String areaType,
            List<String> periods, Map<String, String> dimensions, String sort, int page, int pageSize) {
    }

    public record ObservationPage(List<Observation> items, long total) {
    }

    /** A gap between two categories in matching rows: {@code to} minus {@code from}, with its 95% interval. */
    public record Gap(Observation from, Observation to, BigDecimal difference, BigDecimal lci, BigDecimal uci,
            String significance) {
    }

    /** One measure's headline figure for an area, with its rank among areas of the same type and the UK figure. */
    public record ProfileEntry(Measure measure, Dataset dataset, Observation observation, Integer rank,
            int peerCount, Observation uk, String comparison) {
    }

    // Facts about whole datasets, used to explain empty results; bounded by the catalogue, dropped by every import.
    private final Map<List<String>, List<String>> periods = new ConcurrentHashMap<>();
    private final Map<String, Boolean> dimensionsPresent = new ConcurrentHashMap<>();

    public ObservationPage observations(ObservationFilter f) {
        StringBuilder where = new StringBuilder("datasetId in :datasets");
        Parameters params = Parameters.with("datasets", f.datasetIds());
        if (!f.areaCodes().isEmpty()) {
            where.append(" and areaCode in :areas");
            params.and("areas", f.areaCodes());
        }
        if (f.areaType() != null) {
            where.append(" and areaCode in (select a.code from Area a where a.type = :areaType)");
            params.and("areaType", f.areaType());
        }
        if (!f.periods().isEmpty()) {
            where.append(" and period in :periods");
            params.and("periods", f.periods());
        }
        int i = 0;
        for (var e : f.dimensions().entrySet()) {
            String d = "d" + i;
            String c = "c" + i++;
            where.append(" and ((dim1 = :").append(d).append(" and cat1 = :").append(c).append(") or (dim2 = :")
                    .append(d).append(" and cat2 = :").append(c).append(") or (dim3 = :").append(d)
                    .append(" and cat3 = :").append(c).append(") or (dim4 = :").append(d).append(" and cat4 = :")
                    .append(c).append("))");
            params.and(d, e.getKey()).and(c, e.getValue());
        }
        long total = select("select count(*) from Observation where " + where, Long.class, params.map())
                .getSingleResult();
        List<Observation> items = select("from Observation where " + where + " order by " + f.sort(),
                Observation.class, params.map())
                .setFirstResult((f.page() - 1) * f.pageSize()).setMaxResults(f.pageSize()).getResultList();
        return new ObservationPage(items, total);
    }

    public boolean hasArea(List<String> datasetIds, List<String> areaCodes) {
        return anyObservation("datasetId in :datasets and areaCode in :areas",
                Map.of("datasets", datasetIds, "areas", areaCodes));
    }

    /** Whether any row is broken down by the dimension; remembered, as it needs a look at every row of the datasets. */
    public boolean hasDimension(List<String> datasetIds, String dimension) {
        return dimensionsPresent.computeIfAbsent(datasetIds + "|" + dimension, k -> anyObservation(
                "datasetId in :datasets"
                        + " and (dim1 = :dimension or dim2 = :dimension or dim3 = :dimension or dim4 = :dimension)",
                Map.of("datasets", datasetIds, "dimension", dimension)));
    }

    /** Period labels present, in time order; remembered, as they need a look at every row of the datasets. */
    public List<String> periods(List<String> datasetIds) {
        return periods.computeIfAbsent(datasetIds, ids -> List.copyOf(select(
                "select period from Observation where datasetId in :datasets group by period"
                        + " order by min(periodStart), period", String.class, Map.of("datasets", ids))
                .getResultList()));
    }

    private static boolean anyObservation(String condition, Map<String, ?> params) {
        return !select("select 1 from Observation where " + condition, Integer.class, params).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /**
     * An HQL query with its parameters bound. Collections go through {@code setParameterList}: given to
     * {@code setParameter}, Hibernate first tries each as a single value and throws (and catches) an exception.
     */
    private static <T> SelectionQuery<T> select(String hql, Class<T> type, Map<String, ?> params) {
        SelectionQuery<T> query = Observation.getSession().createSelectionQuery(hql, type);
        params.forEach((name, value) -> {
            if (value instanceof Collection<?> values) {
                query.setParameterList(name, values);
            } else {
                query.setParameter(name, value);
            }
        });
        return query;
    }

    void onDataReplaced(@Observes DataReplaced event) {
        periods.clear();
        dimensionsPresent.clear();
    }

    public List<Observation> all(List<String> datasetIds) {
        return select("from Observation where datasetId in :datasets order by id", Observation.class,
                Map.of("datasets", datasetIds)).getResultList();
    }

    /**
     * Pairs each row of category {@code from} with the row of category {@code to} that matches it in every other
     * respect (area, period, other breakdowns, unit, note, chart). The interval treats the two estimates as
     * independent and recovers each standard error from its published 95% interval.
     */
    public List<Gap> gaps(List<Observation> rows, String dimension, String from, String to) {
        Map<String, Observation> fromRows = new LinkedHashMap<>();
        Map<String, Observation> toRows = new HashMap<>();
        for (Observation o : rows) {
            String category = categoryOf(o, dimension);
            if (o.value == null || category == null) {
                continue;
            }
            if (category.equals(from)) {
                fromRows.putIfAbsent(matchKey(o, dimension), o);
            } else if (category.equals(to)) {
                toRows.putIfAbsent(matchKey(o, dimension), o);
            }
        }
        List<Gap> gaps = new ArrayList<>();
        fromRows.forEach((key, a) -> {
            Observation b = toRows.get(key);
            if (b != null) {
                gaps.add(gap(a, b));
            }
        });
        return gaps;
    }

    private static Gap gap(Observation a, Observation b) {
        BigDecimal diff = b.value.subtract(a.value);
        if (a.lci == null || a.uci == null || b.lci == null || b.uci == null) {
            return new Gap(a, b, diff, null, null, "not-assessed");
        }
        double seA = a.uci.subtract(a.lci).doubleValue() / (2 * Z95);
        double seB = b.uci.subtract(b.lci).doubleValue() / (2 * Z95);
        double half = Z95 * Math.sqrt(seA * seA + seB * seB);
        BigDecimal lci = diff.subtract(BigDecimal.valueOf(half)).round(MathContext.DECIMAL64);
        BigDecimal uci = diff.add(BigDecimal.valueOf(half)).round(MathContext.DECIMAL64);
        boolean significant = lci.signum() > 0 || uci.signum() < 0;
        return new Gap(a, b, diff, lci, uci, significant ? "significant" : "not-significant");
    }

    private static String categoryOf(Observation o, String dimension) {
        return o.breakdowns().stream().filter(b -> b[0].equals(dimension)).map(b -> b[1]).findFirst().orElse(null);
    }

    private static String matchKey(Observation o, String dimension) {
        String others = o.breakdowns().stream().filter(b -> !b[0].equals(dimension)).map(b -> b[0] + "=" + b[1])
                .collect(Collectors.joining(","));
        return String.join("|", Objects.toString(o.areaCode), o.areaPublished, o.areaBasis, o.period,
                Objects.toString(o.periodWindow), others, o.unitCode, Objects.toString(o.valueNote),
                Objects.toString(o.chartType));
    }

    /**
     * For every current dataset in the edition, the area's headline figure: no breakdowns, latest period, first
     * unit. Rank 1 is the highest value among areas of the same type for the same period and unit (ties share a
     * rank). The UK comparison uses non-overlapping 95% intervals, and says so when an interval is missing.
     */
    public List<ProfileEntry> profile(Area area, List<Dataset> datasets, Map<String, Measure> measures,
            Map<String, Area> areas) {
        List<ProfileEntry> entries = new ArrayList<>();
        Map<String, List<Observation>> headlines = select("from Observation where datasetId in :datasets"
                + " and dim1 is null and value is not null order by periodEnd desc nulls last, id", Observation.class,
                Map.of("datasets", datasets.stream().map(d -> d.id).toList())).getResultList().stream()
                .collect(Collectors.groupingBy(o -> o.datasetId));
        for (Dataset d : datasets) {
            List<Observation> headline = headlines.getOrDefault(d.id, List.of());
            Observation mine = headline.stream().filter(o -> area.code.equals(o.areaCode)).findFirst().orElse(null);
            if (mine == null) {
                continue;
            }
            List<Observation> peers = headline.stream()
                    .filter(o -> o.period.equals(mine.period) && o.unitCode.equals(mine.unitCode)
                            && Objects.equals(o.chartType, mine.chartType) && Objects.equals(o.valueNote, mine.valueNote)
                            && o.areaCode != null)
                    .filter(o -> areas.containsKey(o.areaCode) && areas.get(o.areaCode).type.equals(area.type))
                    .toList();
            long higher = peers.stream().filter(o -> o.value.compareTo(mine.value) > 0).count();
            Observation uk = headline.stream()
                    .filter(o -> "K02000001".equals(o.areaCode) && o.period.equals(mine.period)
                            && o.unitCode.equals(mine.unitCode))
                    .findFirst().orElse(null);
            entries.add(new ProfileEntry(measures.get(d.measureId), d, mine, (int) higher + 1, peers.size(), uk,
                    compare(mine, uk, area)));
        }
        entries.sort(Comparator.comparing(e -> e.measure().title));
        return entries;
    }

    private static String compare(Observation mine, Observation uk, Area area) {
        if (area.code.equals("K02000001")) {
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
