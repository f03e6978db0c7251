package uk.mobilityexplorer.staticclient.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A linear value scale with round ticks, mapping values to a share of the drawing width or height. */
public record Scale(double min, double max, double step) {

    /** A scale over the values (and zero, so bars start at zero), widened to round ticks; a fixed domain wins. */
    public static Scale of(double low, double high, Double fixedMin, Double fixedMax) {
        double lo = fixedMin != null ? fixedMin : Math.min(0, low);
        double hi = fixedMax != null ? fixedMax : Math.max(0, high);
        double step = fixedMin != null && fixedMax != null ? dividingStep(hi - lo) : niceStep((hi - lo) / 4);
        if (fixedMin == null) {
            lo = Math.floor(lo / step) * step;
        }
        if (fixedMax == null) {
            hi = Math.ceil(hi / step) * step;
        }
        return new Scale(lo, hi == lo ? lo + step : hi, step);
    }

    /** A round tick step (1, 2 or 5 times a power of ten) at or above the raw step. */
    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / power;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
    }

    /** A round step that divides a fixed range exactly (0 to 25 in steps of 5), so the last tick is its end. */
    static double dividingStep(double range) {
        double base = niceStep(range / 8);
        for (double factor : new double[] {1, 2, 2.5, 5, 10, 20, 25, 50}) {
            double step = base * factor;
            double n = range / step;
            if (Math.abs(n - Math.rint(n)) < 1e-9 && n <= 8) {
                return step;
            }
        }
        return range / 4;
    }

    /** Where a value falls, from 0 (min) to 1 (max). */
    public double fraction(double value) {
        return (value - min) / (max - min);
    }

    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (double v = min; v <= max + step / 1000; v += step) {
            ticks.add(Math.abs(v) < step / 1000 ? 0 : v);
        }
        return ticks;
    }

    /** A percentage for an SVG length attribute, so the chart is laid out for the reader's width. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f%%", share * 100);
    }
}
