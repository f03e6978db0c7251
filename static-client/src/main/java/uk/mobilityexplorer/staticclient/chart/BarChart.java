package uk.mobilityexplorer.staticclient.chart;

import java.util.ArrayList;
import java.util.List;

import uk.mobilityexplorer.staticclient.view.Numbers;

/**
 * Horizontal bars with their label above each bar and interval whiskers. Horizontal positions are percentages and
 * text sizes are pixels, so on a narrow screen the bars get shorter while the text stays readable.
 */
public record BarChart(String id, String title, String description, int height, int plotTop, int axisY,
        List<Tick> ticks, List<Heading> headings, List<Bar> bars, List<Key> key) implements Figure {

    /** One bar to draw: label, value, interval (may be null), fill, and its printed value. */
    public record Input(String group, String label, double value, Double lci, Double uci, String fill, String text) {
    }

    /** A gridline and its label at the foot of the chart. */
    public record Tick(String x, String label, String anchor) {
    }

    /** A group heading above the bars of one group, one baseline per line. */
    public record Heading(List<TextLine> lines) {
    }

    /** A laid-out bar: label lines, bar box, whisker ends (null when no interval) and value text position. */
    public record Bar(List<TextLine> label, int barY, String x, String width, String fill, String whiskerFrom,
            String whiskerTo, String valueX, String text) {
    }

    private static final int LINE = TextLine.HEIGHT;
    private static final int BAR = 14;
    /** Share of the width the value axis may use; the rest is kept for the value labels. */
    private static final double PLOT = 0.78;

    public static BarChart layout(String id, String title, String description, List<Input> inputs, List<Key> key,
            Double fixedMin, Double fixedMax, int decimals) {
        double low = inputs.stream().mapToDouble(b -> b.lci() == null ? b.value() : Math.min(b.value(), b.lci())).min()
                .orElse(0);
        double high = inputs.stream().mapToDouble(b -> b.uci() == null ? b.value() : Math.max(b.value(), b.uci())).max()
                .orElse(1);
        Scale scale = Scale.of(low, high, fixedMin, fixedMax);
        int y = 4;
        List<Heading> headings = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        String group = null;
        for (Input in : inputs) {
            if (in.group() != null && !in.group().equals(group)) {
                List<TextLine> lines = TextLine.wrap(y + 6, in.group(), Wrap.CHARS);
                headings.add(new Heading(lines));
                y += 10 + lines.size() * LINE;
            }
            group = in.group();
            double zero = x(scale, 0);
            double end = x(scale, in.value());
            boolean whisker = in.lci() != null && in.uci() != null;
            double textAt = Math.max(Math.max(zero, end), whisker ? x(scale, in.uci()) : 0);
            List<TextLine> label = TextLine.wrap(y, in.label(), Wrap.CHARS);
            int barY = y + label.size() * LINE + 4;
            bars.add(new Bar(label, barY, Scale.percent(Math.min(zero, end)),
                    Scale.percent(Math.max(Math.abs(end - zero), 0.002)), in.fill(),
                    whisker ? Scale.percent(x(scale, in.lci())) : null, whisker ? Scale.percent(x(scale, in.uci())) : null,
                    Scale.percent(textAt), in.text()));
            y = barY + BAR + 14;
        }
        int axisY = y + 2;
        List<Tick> ticks = new ArrayList<>();
        List<Double> values = scale.ticks();
        for (int i = 0; i < values.size(); i++) {
            String anchor = i == 0 ? "start" : i == values.size() - 1 ? "end" : "middle";
            ticks.add(new Tick(Scale.percent(x(scale, values.get(i))), Numbers.format(values.get(i), decimals),
                    anchor));
        }
        int plotTop = headings.isEmpty() ? 0 : headings.get(0).lines().get(0).y() + 6;
        return new BarChart(id, title, description, axisY + 24, plotTop, axisY, ticks, headings, bars, key);
    }

    private static double x(Scale scale, double value) {
        return 0.005 + scale.fraction(value) * PLOT;
    }
}
