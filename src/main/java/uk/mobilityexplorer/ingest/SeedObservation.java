package uk.mobilityexplorer.ingest;

import java.math.BigDecimal;
import java.util.List;

/**
 * One normalised observation, as written to {@code seed-data/observations.csv} and loaded by the service.
 * Breakdowns are up to four (dimension, category) pairs in a fixed order; absent pairs are empty.
 */
public record SeedObservation(
        String dataset,
        long line,
        String areaCode,
        String areaPublished,
        String areaBasis,
        String period,
        Integer periodStart,
        Integer periodEnd,
        String periodKind,
        String periodWindow,
        List<String[]> breakdowns,
        String bandScheme,
        Integer bandRank,
        String bandLabel,
        BigDecimal value,
        BigDecimal lci,
        BigDecimal uci,
        BigDecimal sampleSize,
        BigDecimal se,
        String status,
        String unit,
        String unitPublished,
        String valueNote,
        String chartType,
        String extras) {

    public static final List<String> COLUMNS = List.of(
            "dataset",
            "line",
            "area_code",
            "area_published",
            "area_basis",
            "period",
            "period_start",
            "period_end",
            "period_kind",
            "period_window",
            "dim1",
            "cat1",
            "dim2",
            "cat2",
            "dim3",
            "cat3",
            "dim4",
            "cat4",
            "band_scheme",
            "band_rank",
            "band_label",
            "value",
            "lci",
            "uci",
            "sample_size",
            "se",
            "status",
            "unit",
            "unit_published",
            "value_note",
            "chart_type",
            "extras");

    public static final int MAX_BREAKDOWNS = 4;

    public List<String> toCsv() {
        List<String> out = new java.util.ArrayList<>(COLUMNS.size());
        out.add(dataset);
        out.add(Long.toString(line));
        out.add(text(areaCode));
        out.add(areaPublished);
        out.add(areaBasis);
        out.add(period);
        out.add(text(periodStart));
        out.add(text(periodEnd));
        out.add(periodKind);
        out.add(periodWindow);
        for (int i = 0; i < MAX_BREAKDOWNS; i++) {
            out.add(i < breakdowns.size() ? breakdowns.get(i)[0] : "");
            out.add(i < breakdowns.size() ? breakdowns.get(i)[1] : "");
        }
        out.add(bandScheme);
        out.add(text(bandRank));
        out.add(bandLabel);
        out.add(number(value));
        out.add(number(lci));
        out.add(number(uci));
        out.add(number(sampleSize));
        out.add(number(se));
        out.add(status);
        out.add(unit);
        out.add(unitPublished);
        out.add(valueNote);
        out.add(chartType);
        out.add(extras);
        return out;
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    public static String number(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
