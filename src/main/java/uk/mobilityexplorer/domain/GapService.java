package uk.mobilityexplorer.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Gaps between two categories of one dimension in a measure's rows, with their 95% intervals. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GapService {

    /** z for a two-sided 95% interval; the Commission publishes 95% intervals throughout. */
    public static final double Z95 = 1.959964;

    public static final String METHOD = "Difference 'to' minus 'from'. The 95% interval treats the two estimates as "
            + "independent and takes each standard error from its published 95% interval; significant means the "
            + "interval excludes zero. Not assessed where an interval is missing.";

    /** A gap between two categories in matching rows: {@code to} minus {@code from}, with its 95% interval. */
    public record Gap(
            Observation from,
            Observation to,
            BigDecimal difference,
            BigDecimal lci,
            BigDecimal uci,
            String significance) {}

    /** The gaps asked for, with the codes as the catalogue spells them and explanations when there are none. */
    public record Result(String dimension, String from, String to, List<Gap> gaps, List<Explanation> explanations) {}

    private final Catalogue catalogue;
    private final ObservationRepository observations;

    public GapService(Catalogue catalogue, ObservationRepository observations) {
        this.catalogue = catalogue;
        this.observations = observations;
    }

    /** The gaps in the edition's current rows, in the given areas (codes or names) when any are given. */
    public Result gaps(Measure measure, Edition edition, String dimension, String from, String to, List<String> areas) {
        List<Observation> rows = observations.inDatasets(catalogue.currentDatasets(measure.id, edition.id).stream()
                .map(d -> d.id)
                .toList());
        String dim = dimensionOf(measure, edition, rows, dimension);
        String fromCode = catalogue.category("from", dim, from);
        String toCode = catalogue.category("to", dim, to);
        List<String> areaCodes = areas.stream().map(a -> catalogue.area(a).code).toList();
        if (!areaCodes.isEmpty()) {
            rows = rows.stream().filter(o -> areaCodes.contains(o.areaCode)).toList();
        }
        List<Gap> gaps = pair(rows, dim, fromCode, toCode);
        List<Explanation> explanations = gaps.isEmpty()
                ? List.of(new Explanation(
                        "results.empty",
                        "No rows of this measure in edition " + edition.id + " give both '" + fromCode + "' and '"
                                + toCode + "' for the same area, period and other breakdowns."))
                : List.of();
        return new Result(dim, fromCode, toCode, gaps, explanations);
    }

    /** The dimension asked for, which must be one the measure is broken down by in this edition. */
    private String dimensionOf(Measure measure, Edition edition, List<Observation> rows, String dimension) {
        List<String> used = rows.stream()
                .flatMap(o -> o.breakdowns().stream())
                .map(b -> b[0])
                .distinct()
                .toList();
        List<String> dimensions = catalogue.get().dimensions().keySet().stream()
                .filter(used::contains)
                .toList();
        if (dimensions.isEmpty()) {
            throw new InvalidQueryException(
                    "dimension",
                    "Measure " + measure.id + " is not broken down by any " + "dimension in edition " + edition.id
                            + ", so it has no gaps between groups.");
        }
        String code = dimension == null ? null : dimension.toLowerCase(Locale.ROOT);
        if (!dimensions.contains(code)) {
            throw new InvalidQueryException(
                    "dimension", "dimension must be one of: " + String.join(", ", dimensions) + ".");
        }
        return code;
    }

    /**
     * Pairs each row of category {@code from} with the row of category {@code to} that matches it in every other
     * respect (area, period, other breakdowns, unit, note, chart). The interval treats the two estimates as
     * independent and recovers each standard error from its published 95% interval.
     */
    static List<Gap> pair(List<Observation> rows, String dimension, String from, String to) {
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
        return o.breakdowns().stream()
                .filter(b -> b[0].equals(dimension))
                .map(b -> b[1])
                .findFirst()
                .orElse(null);
    }

    private static String matchKey(Observation o, String dimension) {
        String others = o.breakdowns().stream()
                .filter(b -> !b[0].equals(dimension))
                .map(b -> b[0] + "=" + b[1])
                .collect(Collectors.joining(","));
        return String.join(
                "|",
                Objects.toString(o.areaCode),
                o.areaPublished,
                o.areaBasis,
                o.period,
                Objects.toString(o.periodWindow),
                others,
                o.unitCode,
                Objects.toString(o.valueNote),
                Objects.toString(o.chartType));
    }
}
