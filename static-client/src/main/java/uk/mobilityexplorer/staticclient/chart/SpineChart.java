package uk.mobilityexplorer.staticclient.chart;

import java.util.Locale;

/**
 * One measure's spine, as Fingertips draws it: the peers' range as a line, their middle half shaded, their median
 * ticked, the benchmark marked, and the area's figure as a dot coloured by its published band. Positions are in a
 * 0 to {@link #WIDTH} box; the scale runs so that the favourable end is on the right. Like a map it holds no text: the
 * words are in the HTML beside it and in the table after it, so nothing shrinks on a phone.
 */
public record SpineChart(String id, String label, double min, double lowerQuartile, double median,
        double upperQuartile, double max, double value, Double benchmark, String fill) {

    public static final int WIDTH = 300;
    public static final int HEIGHT = 28;
    private static final int MARGIN = 12;

    /**
     * @param favourableHigh true to put the highest figures on the right (false puts them on the left)
     */
    public static SpineChart of(String id, String label, double min, double lowerQuartile, double median,
            double upperQuartile, double max, double value, Double benchmark, String fill, boolean favourableHigh) {
        double lo = Math.min(min, value);
        double hi = Math.max(max, value);
        if (benchmark != null) {
            lo = Math.min(lo, benchmark);
            hi = Math.max(hi, benchmark);
        }
        double span = hi > lo ? hi - lo : 1;
        double from = lo;
        java.util.function.DoubleUnaryOperator x = v -> {
            double share = (v - from) / span;
            return MARGIN + (favourableHigh ? share : 1 - share) * (WIDTH - 2 * MARGIN);
        };
        double a = x.applyAsDouble(lowerQuartile);
        double b = x.applyAsDouble(upperQuartile);
        double l = x.applyAsDouble(min);
        double r = x.applyAsDouble(max);
        return new SpineChart(id, label, Math.min(l, r), Math.min(a, b), x.applyAsDouble(median), Math.max(a, b),
                Math.max(l, r), x.applyAsDouble(value), benchmark == null ? null : x.applyAsDouble(benchmark), fill);
    }

    /** A position formatted for an SVG attribute. */
    public static String at(double position) {
        return String.format(Locale.ROOT, "%.1f", position);
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }
}
