package uk.mobilityexplorer.staticclient;

import java.util.List;
import java.util.Locale;

/** Horizontal bar chart with 95% interval whiskers, a labelled value axis, as inline SVG with a title and description. */
final class BarChart {

    /** One bar; lci and uci may be null. */
    record Bar(String label, double value, Double lci, Double uci) {
    }

    private static final int LABEL_WIDTH = 300;
    private static final int PLOT_WIDTH = 380;
    private static final int ROW = 22;

    private BarChart() {
    }

    static String svg(String id, String title, String description, String unit, List<Bar> bars) {
        int top = 10;
        int height = bars.size() * ROW + top + 50;
        double max = bars.stream().mapToDouble(b -> b.uci() == null ? b.value() : Math.max(b.value(), b.uci())).max().orElse(1);
        double min = Math.min(0, bars.stream().mapToDouble(b -> b.lci() == null ? b.value() : Math.min(b.value(), b.lci())).min().orElse(0));
        double step = niceStep((Math.max(max, 0) - min) / 4);
        min = Math.floor(min / step) * step;
        max = Math.ceil(Math.max(max, 0) / step) * step;
        double span = max - min == 0 ? 1 : max - min;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(LABEL_WIDTH + PLOT_WIDTH + 70)
                .append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\">")
                .append("<title id=\"").append(id).append("-t\">").append(Html.esc(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-d\">").append(Html.esc(description)).append("</desc>");
        int axisY = top + bars.size() * ROW + 4;
        for (double v = min; v <= max + step / 2; v += step) {
            double x = LABEL_WIDTH + (v - min) / span * PLOT_WIDTH;
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#b1b4b6\"/>", x, x, top, axisY))
                    .append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>",
                            x, axisY + 14, Html.esc(format(v))));
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = top + i * ROW;
            double x0 = position(0, min, span);
            double x1 = position(b.value(), min, span);
            double labelX = Math.max(x0, x1);
            s.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\" font-size=\"12\">").append(Html.esc(shorten(b.label()))).append("</text>");
            s.append(String.format(Locale.ROOT, "<rect class=\"app-bar\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"16\"/>",
                    Math.min(x0, x1), y + 2, Math.max(Math.abs(x1 - x0), 0.5)));
            if (b.lci() != null && b.uci() != null) {
                double l = position(b.lci(), min, span);
                double u = position(b.uci(), min, span);
                s.append(String.format(Locale.ROOT, "<path class=\"app-whisker\" d=\"M%.1f %dH%.1fM%.1f %dV%dM%.1f %dV%d\"/>",
                        l, y + 10, u, l, y + 5, y + 15, u, y + 5, y + 15));
                labelX = Math.max(labelX, u);
            }
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\">%s</text>", labelX + 4, y + 14,
                    Html.esc(format(b.value()))));
        }
        s.append("<text x=\"").append(LABEL_WIDTH + PLOT_WIDTH / 2).append("\" y=\"").append(height - 6)
                .append("\" font-size=\"12\" text-anchor=\"middle\">").append(Html.esc(unit)).append("</text></svg>");
        return s.toString();
    }

    /** A round tick step (1, 2 or 5 times a power of ten) near the raw step. */
    static double niceStep(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / power;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
    }

    private static double position(double v, double min, double span) {
        return LABEL_WIDTH + (v - min) / span * PLOT_WIDTH;
    }

    static String format(double v) {
        if (Math.abs(v) >= 1000) {
            return String.format(Locale.UK, "%,.0f", v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }

    private static String shorten(String label) {
        return label.length() > 44 ? label.substring(0, 42) + "…" : label;
    }
}
