package uk.mobilityexplorer.staticclient.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.mobilityexplorer.staticclient.view.Numbers;

/**
 * Lines over time with shaded interval bands. Lines and bands are drawn in a stretched inner drawing; dots,
 * gridlines and text use percentages and pixels, so on a phone the chart gets narrower while its text keeps its size.
 */
public record LineChart(String id, String title, String description, int height, List<Legend> legend, int top,
        int plotHeight, List<GridLine> grid, List<PeriodLabel> periods, int periodY, List<Series> series)
        implements Figure {

    /** One point of a series; lci and uci may be null. */
    public record Point(String period, double value, Double lci, Double uci) {
    }

    /** A series to draw, its points in period order. */
    public record Input(String label, List<Point> points) {
    }

    /** A colour key entry: a line sample and the series' name. */
    public record Legend(int swatchY, String colour, String dash, List<TextLine> lines) {
    }

    /** A horizontal gridline with its value label above it at the left edge. */
    public record GridLine(int y, String label) {
    }

    /** A period label under the plot. */
    public record PeriodLabel(String x, String label, String anchor) {
    }

    /** A dot on a line, with its figure for readers who hover. */
    public record Dot(String cx, int cy, String tooltip) {
    }

    /** A drawn series: the line and band in inner-drawing units, dots in outer units. */
    public record Series(String colour, String dash, String line, String band, List<Dot> dots) {
    }

    /** Width of the inner drawing; its x runs over the same share of the outer width as the dots' percentages. */
    public static final int INNER_WIDTH = 1000;
    private static final double LEFT = 0.01;
    private static final double SPAN = 0.97;
    private static final int PLOT = 220;
    private static final int MAX_PERIOD_LABELS = 3;

    public static LineChart layout(String id, String title, String description, List<String> periods,
            List<Input> inputs, Double fixedMin, Double fixedMax, int decimals) {
        double low = inputs.stream().flatMap(s -> s.points().stream())
                .mapToDouble(p -> p.lci() == null ? p.value() : Math.min(p.value(), p.lci())).min().orElse(0);
        double high = inputs.stream().flatMap(s -> s.points().stream())
                .mapToDouble(p -> p.uci() == null ? p.value() : Math.max(p.value(), p.uci())).max().orElse(1);
        Scale scale = Scale.of(low, high, fixedMin, fixedMax);
        int y = 4;
        List<Legend> legend = new ArrayList<>();
        if (inputs.size() > 1) {
            for (int i = 0; i < inputs.size(); i++) {
                List<TextLine> lines = TextLine.wrap(y, inputs.get(i).label(), Wrap.CHARS - 4);
                legend.add(new Legend(y + 9, Palette.series(i), Palette.dash(i), lines));
                y += lines.size() * TextLine.HEIGHT + 6;
            }
        }
        int top = y + 24;
        List<GridLine> grid = new ArrayList<>();
        for (double v : scale.ticks()) {
            grid.add(new GridLine(top + yOf(scale, v), Numbers.format(v, decimals)));
        }
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            series.add(series(inputs.get(i), periods, scale, top, i, decimals));
        }
        return new LineChart(id, title, description, top + PLOT + 30, legend, top, PLOT, grid, periodLabels(periods),
                top + PLOT + 20, series);
    }

    private static Series series(Input s, List<String> periods, Scale scale, int top, int colour, int decimals) {
        StringBuilder line = new StringBuilder();
        StringBuilder upper = new StringBuilder();
        StringBuilder lower = new StringBuilder();
        List<Dot> dots = new ArrayList<>();
        boolean interval = s.points().stream().allMatch(p -> p.lci() != null && p.uci() != null);
        for (Point p : s.points()) {
            double share = share(periods, p.period());
            String x = String.format(Locale.ROOT, "%.1f", share * INNER_WIDTH);
            line.append(line.length() == 0 ? "" : " ").append(x).append(',').append(yOf(scale, p.value()));
            if (interval) {
                upper.append(upper.length() == 0 ? "M" : "L").append(x).append(' ').append(yOf(scale, p.uci()));
                lower.insert(0, "L" + x + " " + yOf(scale, p.lci()));
            }
            dots.add(new Dot(Scale.percent(LEFT + share * SPAN), top + yOf(scale, p.value()),
                    s.label() + ", " + p.period() + ": " + Numbers.format(p.value(), decimals)));
        }
        String band = interval && !s.points().isEmpty() ? upper + lower.toString() + "Z" : null;
        return new Series(Palette.series(colour), Palette.dash(colour), line.toString(), band, dots);
    }

    private static double share(List<String> periods, String period) {
        return periods.size() < 2 ? 0.5 : (double) periods.indexOf(period) / (periods.size() - 1);
    }

    private static int yOf(Scale scale, double v) {
        return (int) Math.round((1 - scale.fraction(v)) * PLOT);
    }

    /** At most three period labels, spread out, so that they fit side by side at 320 px. */
    private static List<PeriodLabel> periodLabels(List<String> periods) {
        List<PeriodLabel> out = new ArrayList<>();
        int n = periods.size();
        int shown = Math.min(n, MAX_PERIOD_LABELS);
        for (int k = 0; k < shown; k++) {
            int i = shown == 1 ? 0 : (int) Math.round((double) k * (n - 1) / (shown - 1));
            String anchor = n == 1 ? "middle" : k == 0 ? "start" : k == shown - 1 ? "end" : "middle";
            out.add(new PeriodLabel(Scale.percent(LEFT + share(periods, periods.get(i)) * SPAN), periods.get(i), anchor));
        }
        return out;
    }

    /** Line charts carry their key inside the drawing. */
    @Override
    public List<Key> key() {
        return List.of();
    }

    /** Where the inner drawing sits in the outer one, as SVG attributes. */
    public String innerX() {
        return Scale.percent(LEFT);
    }

    public String innerWidth() {
        return Scale.percent(SPAN);
    }
}
