package uk.mobilityexplorer.staticclient;

import java.util.List;
import java.util.Locale;

/** Horizontal bar chart with 95% interval whiskers, as inline SVG with a title and description. */
final class BarChart {

    /** One bar; lci and uci may be null. */
    record Bar(String label, double value, Double lci, Double uci) {
    }

    private BarChart() {
    }

    static String svg(String id, String title, String description, String unit, List<Bar> bars) {
        int labelWidth = 260;
        int plotWidth = 420;
        int rowHeight = 22;
        int height = bars.size() * rowHeight + 50;
        double max = bars.stream().mapToDouble(b -> Math.max(b.value(), b.uci() == null ? b.value() : b.uci())).max().orElse(1);
        double min = Math.min(0, bars.stream().mapToDouble(b -> Math.min(b.value(), b.lci() == null ? b.value() : b.lci())).min().orElse(0));
        double span = max - min == 0 ? 1 : max - min;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(labelWidth + plotWidth + 80)
                .append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\">")
                .append("<title id=\"").append(id).append("-t\">").append(Html.esc(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-d\">").append(Html.esc(description)).append("</desc>");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = i * rowHeight + 10;
            double x0 = labelWidth + (0 - min) / span * plotWidth;
            double x1 = labelWidth + (b.value() - min) / span * plotWidth;
            s.append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\" font-size=\"12\">").append(Html.esc(shorten(b.label()))).append("</text>");
            s.append(String.format(Locale.ROOT, "<rect class=\"app-bar\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"16\"/>",
                    Math.min(x0, x1), y + 2, Math.abs(x1 - x0)));
            if (b.lci() != null && b.uci() != null) {
                double l = labelWidth + (b.lci() - min) / span * plotWidth;
                double u = labelWidth + (b.uci() - min) / span * plotWidth;
                s.append(String.format(Locale.ROOT, "<line class=\"app-whisker\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\"/>", l, u, y + 10, y + 10));
            }
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\">%s</text>",
                    Math.max(x0, x1) + 4, y + 14, Html.esc(format(b.value()))));
        }
        s.append("<text x=\"").append(labelWidth).append("\" y=\"").append(height - 8).append("\" font-size=\"12\">")
                .append(Html.esc(unit)).append("</text></svg>");
        return s.toString();
    }

    static String format(double v) {
        return Math.abs(v) >= 1000 ? String.format(Locale.UK, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String shorten(String label) {
        return label.length() > 42 ? label.substring(0, 40) + "…" : label;
    }
}
