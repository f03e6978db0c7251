package uk.mobilityexplorer.staticclient.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import uk.mobilityexplorer.staticclient.api.model.Breakdown;
import uk.mobilityexplorer.staticclient.api.model.Observation;
import uk.mobilityexplorer.staticclient.api.model.Period;

/** What observations differ by: the area, and each breakdown dimension (a row without one counts as "All"). */
final class Fields {

    static final String AREA = "area";
    private static final String ALL = "All";

    /** Periods in time order: by last year, then first year, then label. */
    static final Comparator<Period> CHRONOLOGICAL = Comparator
            .comparing((Period p) -> p.end() == null ? Integer.MAX_VALUE : p.end())
            .thenComparing(p -> p.start() == null ? Integer.MAX_VALUE : p.start()).thenComparing(Period::label);

    private Fields() {
    }

    /** The fields whose value differs between rows, area first, then dimensions as they first appear. */
    static List<String> varying(List<Observation> rows) {
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add(AREA);
        rows.forEach(o -> o.breakdowns().forEach(b -> candidates.add(b.dimension())));
        List<String> out = new ArrayList<>();
        for (String field : candidates) {
            if (rows.stream().map(o -> value(o, field)).distinct().count() > 1) {
                out.add(field);
            }
        }
        return out;
    }

    /** The fields that hold one value across all rows (for a chart's context and the CSV filter). */
    static List<Breakdown> fixedBreakdowns(List<Observation> rows) {
        List<String> varying = varying(rows);
        return rows.isEmpty() ? List.of() : rows.get(0).breakdowns().stream()
                .filter(b -> !varying.contains(b.dimension())).toList();
    }

    static String value(Observation o, String field) {
        if (AREA.equals(field)) {
            return o.areaName();
        }
        return o.breakdowns().stream().filter(b -> b.dimension().equals(field)).map(Breakdown::categoryLabel)
                .findFirst().orElse(ALL);
    }

    static String label(List<Observation> rows, String field) {
        if (AREA.equals(field)) {
            return "Area";
        }
        return rows.stream().flatMap(o -> o.breakdowns().stream()).filter(b -> b.dimension().equals(field))
                .map(Breakdown::dimensionLabel).findFirst().orElse(field);
    }

    /** The values of the fields, joined for a label ("Female, Higher professional"). */
    static String join(Observation o, List<String> fields) {
        List<String> parts = new ArrayList<>();
        fields.forEach(f -> parts.add(value(o, f)));
        return String.join(", ", parts);
    }

    static List<Period> periods(List<Observation> rows) {
        List<Period> periods = new ArrayList<>();
        rows.forEach(o -> {
            if (periods.stream().noneMatch(p -> p.label().equals(o.period().label()))) {
                periods.add(o.period());
            }
        });
        periods.sort(CHRONOLOGICAL);
        return periods;
    }

    /**
     * The rows split where a run of periods is published beside periods that pool its years (UK by year, 2014 to
     * 2021, and the 2014-2021 average): the run first, then the pooling periods. A pooled figure is not a point in the
     * run, so the two are never drawn as one line. Rows without such a mix come back whole.
     */
    static List<List<Observation>> separatePooledPeriods(List<Observation> rows) {
        List<String> pooling = pooling(rows);
        if (pooling.isEmpty()) {
            return List.of(rows);
        }
        List<Observation> run = rows.stream().filter(o -> !pooling.contains(o.period().label())).toList();
        List<Observation> pooled = rows.stream().filter(o -> pooling.contains(o.period().label())).toList();
        return List.of(run, pooled);
    }

    /** True when some period's years include another's: such periods are not a time series. */
    static boolean periodsNest(List<Observation> rows) {
        return !pooling(rows).isEmpty();
    }

    /** The labels of the rows' periods whose years include another of the rows' periods. */
    private static List<String> pooling(List<Observation> rows) {
        List<Period> periods = periods(rows);
        return periods.stream().filter(p -> periods.stream().anyMatch(p::covers)).map(Period::label).toList();
    }

    static long distinctAreas(List<Observation> rows) {
        return rows.stream().map(Observation::areaName).filter(Objects::nonNull).distinct().count();
    }
}
