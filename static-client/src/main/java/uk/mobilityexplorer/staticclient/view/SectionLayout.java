package uk.mobilityexplorer.staticclient.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import uk.mobilityexplorer.staticclient.ChoroplethMap;
import uk.mobilityexplorer.staticclient.api.model.Band;
import uk.mobilityexplorer.staticclient.api.model.Observation;
import uk.mobilityexplorer.staticclient.api.model.Period;
import uk.mobilityexplorer.staticclient.chart.BarChart;
import uk.mobilityexplorer.staticclient.chart.Figure;
import uk.mobilityexplorer.staticclient.chart.Key;
import uk.mobilityexplorer.staticclient.chart.LineChart;
import uk.mobilityexplorer.staticclient.chart.MapChart;
import uk.mobilityexplorer.staticclient.chart.Palette;
import uk.mobilityexplorer.staticclient.chart.Scale;
import uk.mobilityexplorer.staticclient.geo.BoundarySet;

/**
 * Lays out a section: lines over time when it follows a few series over three or more periods, bars side by side
 * when it holds one figure per period otherwise, else one view per period (newest first; earlier periods get their
 * own pages) drawn as a map of published bands, a count of areas per band, a distribution, or bars.
 */
public final class SectionLayout {

    /** More areas than this are summarised (bands or distribution) rather than drawn one bar each. */
    private static final int MAX_AREA_BARS = 60;
    private static final int MAX_LINE_AREAS = 10;

    private final String measureTitle;
    private final String edition;
    private final String apiBase;
    private final String areaPages;

    /**
     * Lays out sections of a measure's page in an edition; CSV links are absolute on {@code apiBase}, and map areas
     * link to their pages under {@code areaPages} (absolute, since sections appear at several depths and in embeds).
     */
    public SectionLayout(String measureTitle, String edition, String apiBase, String areaPages) {
        this.measureTitle = measureTitle;
        this.edition = edition;
        this.apiBase = apiBase;
        this.areaPages = areaPages;
    }

    /** True when the section follows a few areas or groups over time, and so is drawn as lines. */
    static boolean drawsLines(SectionSpec s) {
        return drawsLines(s.visual(), s.rows());
    }

    /** True when rows in a section drawn as {@code visual} (null: form left to us) are drawn as lines. */
    static boolean drawsLines(String visual, List<Observation> rows) {
        if (Fields.periodsNest(rows)) {
            return false;
        }
        int periods = Fields.periods(rows).size();
        // The Commission's "chart" (bars by year, say) leaves the form to us: a run of periods reads best as lines.
        boolean formOpen = visual == null || "chart".equals(visual);
        return "line".equals(visual) ? periods >= 2
                : formOpen && periods >= 3 && Fields.distinctAreas(rows) <= MAX_LINE_AREAS;
    }

    /** The section's views: the first is shown on the measure page, the rest on their own period pages. */
    public List<SectionView> layout(SectionSpec s) {
        List<Period> periods = Fields.periods(s.rows());
        if (drawsLines(s)) {
            return List.of(lines(s, periods));
        }
        if (periods.size() > 1 && Fields.varying(s.rows()).isEmpty()) {
            // One figure per period that is not a run (pooled windows, or two years): one bar each, side by side.
            String labels = String.join(", ", periods.stream().map(Period::label).toList());
            return List.of(single(s, s.rows(), labels, List.of(), s.csvPath(), s.key()));
        }
        List<SectionView.PeriodLink> links = new ArrayList<>();
        List<Period> newestFirst = new ArrayList<>(periods);
        java.util.Collections.reverse(newestFirst);
        for (int i = 0; i < newestFirst.size(); i++) {
            links.add(new SectionView.PeriodLink(newestFirst.get(i).label(), periodPath(s.key(), newestFirst, i), false));
        }
        List<SectionView> views = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            String label = newestFirst.get(i).label();
            List<Observation> rows = s.rows().stream().filter(o -> o.period().label().equals(label)).toList();
            List<SectionView.PeriodLink> marked = new ArrayList<>();
            for (int j = 0; j < links.size(); j++) {
                SectionView.PeriodLink l = links.get(j);
                marked.add(new SectionView.PeriodLink(l.label(), l.path(), j == i));
            }
            String csv = s.csvPath() + (newestFirst.size() > 1 ? "&period=" + encode(label) : "");
            views.add(single(s, rows, label, newestFirst.size() > 1 ? marked : List.of(), csv,
                    i == 0 ? s.key() : s.key() + "-" + Sections.slug(label)));
        }
        return views;
    }

    /** Where a period is shown, relative to the measure's folder: the newest on the measure page, others on their own. */
    private String periodPath(String key, List<Period> newestFirst, int i) {
        return i == 0 ? edition + ".html#" + key : edition + "/" + key + "/" + Sections.slug(newestFirst.get(i).label())
                + ".html";
    }

    private SectionView lines(SectionSpec s, List<Period> periods) {
        List<String> fields = Fields.varying(s.rows());
        Map<String, List<LineChart.Point>> points = new LinkedHashMap<>();
        List<String> order = periods.stream().map(Period::label).toList();
        for (Observation o : s.rows()) {
            String label = fields.isEmpty() ? measureTitle : Fields.join(o, fields);
            List<LineChart.Point> series = points.computeIfAbsent(label, k -> new ArrayList<>());
            if (o.value() != null && series.stream().noneMatch(p -> p.period().equals(o.period().label()))) {
                series.add(new LineChart.Point(o.period().label(), o.value(), o.lci(), o.uci()));
            }
        }
        List<LineChart.Input> inputs = new ArrayList<>();
        points.forEach((label, pts) -> {
            pts.sort(Comparator.comparingInt(p -> order.indexOf(p.period())));
            if (!pts.isEmpty()) {
                inputs.add(new LineChart.Input(label, pts));
            }
        });
        String range = periods.get(0).label() + " to " + periods.get(periods.size() - 1).label();
        String title = title(s, range);
        String id = s.key() + "-chart";
        LineChart chart = LineChart.layout(id, title, description(inputs.size() + " lines over " + periods.size()
                + " periods", s), order, inputs, s.axisMin(), s.axisMax(), s.decimals());
        // Wide form: a row per period and a column per series, which keeps a long series readable and small.
        List<DataTable.Column> columns = new ArrayList<>(List.of(new DataTable.Column("Period", false)));
        points.keySet().forEach(label -> columns.add(new DataTable.Column(label, true)));
        List<DataTable.Row> rows = new ArrayList<>();
        for (String period : order) {
            List<DataTable.Cell> cells = new ArrayList<>();
            for (String label : points.keySet()) {
                Observation o = s.rows().stream().filter(r -> r.period().label().equals(period)
                        && (fields.isEmpty() ? measureTitle : Fields.join(r, fields)).equals(label)).findFirst()
                        .orElse(null);
                cells.add(o == null ? DataTable.Cell.of("") : cell(o, s.decimals()));
            }
            rows.add(new DataTable.Row(period, cells));
        }
        return new SectionView(s.key(), s.heading(), title, range, s.caveats(), chart,
                new DataTable(title, columns, rows), inputs.isEmpty() ? "No figure was published." : trend(inputs, s),
                apiBase + s.csvPath(), edition + "/" + id + ".svg", List.of());
    }

    private static DataTable.Cell cell(Observation o, int decimals) {
        String interval = o.lci() == null || o.uci() == null ? null
                : Numbers.format(o.lci(), decimals) + " to " + Numbers.format(o.uci(), decimals);
        return new DataTable.Cell(Numbers.format(o.value(), decimals), interval);
    }

    private SectionView single(SectionSpec s, List<Observation> rows, String period, List<SectionView.PeriodLink> links,
            String csv, String id) {
        List<String> fields = Fields.varying(rows);
        String title = title(s, period);
        List<Observation> valued = rows.stream().filter(o -> o.value() != null).toList();
        boolean banded = !valued.isEmpty() && valued.stream().allMatch(o -> o.band() != null);
        List<String> codes = valued.stream().map(o -> o.area() == null ? "" : o.area().code()).toList();
        boolean areasOnly = fields.equals(List.of(Fields.AREA));
        List<Observation> ordered = new ArrayList<>(rows);
        if (areasOnly) {
            // Largest first, as the Commission draws its area charts; rows without a figure go last.
            ordered.sort(Comparator.comparing((Observation o) -> o.value() == null ? Double.NEGATIVE_INFINITY : o.value())
                    .reversed());
        }
        String figureId = id + "-chart";
        Figure figure;
        String summary;
        Optional<BoundarySet> boundaries = ChoroplethMap.covering(codes);
        if (banded && areasOnly && !"bar".equals(s.visual()) && boundaries.isPresent()) {
            figure = map(boundaries.get(), s, valued, figureId, title);
            summary = "The map colours each of the " + valued.size() + " regions by the band the Commission placed it "
                    + "in; the table gives each region's figure, interval and band.";
        } else if (Fields.distinctAreas(valued) > MAX_AREA_BARS && banded) {
            figure = bandCounts(s, valued, figureId, title);
            summary = bandSummary(valued);
        } else if (Fields.distinctAreas(valued) > MAX_AREA_BARS) {
            figure = distribution(s, valued, figureId, title);
            summary = valued.size() + " areas, from " + fmt(s, stat(valued, true)) + " to " + fmt(s, stat(valued, false))
                    + ".";
        } else {
            figure = bars(s, ordered, fields, figureId, title, banded);
            summary = areasOnly ? valued.size() + " areas. Most intervals overlap, so areas next to each other in the "
                    + "chart are not significantly different: the published band is the fairer guide."
                    : extremes(s, valued, fields);
        }
        DataTable table = longTable(title, rows, ordered, fields, s);
        return new SectionView(id, s.heading(), title, period, s.caveats(), figure, table,
                summary, apiBase + csv, edition + "/" + figureId + ".svg", links);
    }

    private BarChart bars(SectionSpec s, List<Observation> rows, List<String> fields, String id, String title,
            boolean banded) {
        List<String> groupField = fields.size() > 1 ? fields.subList(0, 1) : List.of();
        List<String> labelFields = fields.size() > 1 ? fields.subList(1, fields.size()) : fields;
        List<Observation> valued = new ArrayList<>(rows.stream().filter(o -> o.value() != null).toList());
        if (!groupField.isEmpty()) {
            List<String> groups = valued.stream().map(o -> Fields.value(o, groupField.get(0))).distinct().toList();
            valued.sort(Comparator.comparingInt(o -> groups.indexOf(Fields.value(o, groupField.get(0)))));
        }
        List<BarChart.Input> inputs = new ArrayList<>();
        for (Observation o : valued) {
            String label = labelFields.isEmpty() ? o.period().label() : Fields.join(o, labelFields);
            inputs.add(new BarChart.Input(groupField.isEmpty() ? null : Fields.value(o, groupField.get(0)), label,
                    o.value(), o.lci(), o.uci(), banded ? bandFill(o.band(), s.polarity()) : Palette.PRIMARY,
                    fmt(s, o.value())));
        }
        List<Key> keys = banded ? bandKeys(valued, s) : List.of();
        return BarChart.layout(id, title, description(inputs.size() + " bars", s), inputs, keys, s.axisMin(),
                s.axisMax(), s.decimals());
    }

    private MapChart map(BoundarySet boundaries, SectionSpec s, List<Observation> rows, String id, String title) {
        Map<String, ChoroplethMap.Fill> fills = new LinkedHashMap<>();
        for (Observation o : rows) {
            fills.put(o.area().code(), new ChoroplethMap.Fill(bandFill(o.band(), s.polarity()),
                    fmt(s, o.value()) + ", " + o.band().label()));
        }
        List<Key> key = new ArrayList<>();
        for (Band b : bandsInOrder(rows)) {
            long count = rows.stream().filter(o -> o.band().rank() == b.rank()).count();
            key.add(new Key(bandFill(b, s.polarity()), Bands.meaning(b, s.polarity(), measureTitle), count));
        }
        return ChoroplethMap.draw(boundaries, id, title,
                description("a map of " + rows.size() + " areas coloured by band, each area a link to its page", s),
                fills, key, Palette.MISSING, areaPages);
    }

    /** One bar per band: how many areas the Commission placed in each. */
    private BarChart bandCounts(SectionSpec s, List<Observation> rows, String id, String title) {
        List<BarChart.Input> inputs = new ArrayList<>();
        for (Band b : bandsInOrder(rows)) {
            long count = rows.stream().filter(o -> o.band().rank() == b.rank()).count();
            inputs.add(new BarChart.Input(null, Bands.meaning(b, s.polarity(), measureTitle), count, null, null,
                    bandFill(b, s.polarity()), count + " areas"));
        }
        return BarChart.layout(id, "Number of areas in each group: " + title, "Bar chart: " + inputs.size()
                + " groups. Every area's figure and group is in the table below.", inputs, List.of(), null, null, 0);
    }

    /** How many areas fall in each of about six equal ranges of value. */
    private BarChart distribution(SectionSpec s, List<Observation> rows, String id, String title) {
        Scale scale = Scale.of(stat(rows, true), stat(rows, false), stat(rows, true), null);
        double step = scale.step() / 2 >= (scale.max() - scale.min()) / 8 ? scale.step() / 2 : scale.step();
        List<BarChart.Input> inputs = new ArrayList<>();
        for (double from = Math.floor(stat(rows, true) / step) * step; from <= stat(rows, false); from += step) {
            double lo = from;
            double hi = from + step;
            long count = rows.stream().filter(o -> o.value() >= lo && o.value() < hi).count();
            inputs.add(new BarChart.Input(null, fmt(s, lo) + " to under " + fmt(s, hi), count, null, null,
                    Palette.PRIMARY, count + " areas"));
        }
        return BarChart.layout(id, "Number of areas by value: " + title, "Bar chart: areas counted in "
                + inputs.size() + " ranges of value. Every area's figure is in the table below.", inputs, List.of(),
                0.0, null, 0);
    }

    private List<Key> bandKeys(List<Observation> rows, SectionSpec s) {
        List<Key> keys = new ArrayList<>();
        for (Band b : bandsInOrder(rows)) {
            long count = rows.stream().filter(o -> o.band().rank() == b.rank()).count();
            keys.add(new Key(bandFill(b, s.polarity()), Bands.meaning(b, s.polarity(), measureTitle), count));
        }
        return keys;
    }

    private static List<Band> bandsInOrder(List<Observation> rows) {
        Map<Integer, Band> bands = new java.util.TreeMap<>();
        rows.stream().map(Observation::band).filter(Objects::nonNull).forEach(b -> bands.putIfAbsent(b.rank(), b));
        return new ArrayList<>(bands.values());
    }

    private static String bandFill(Band b, Polarity polarity) {
        return Palette.band(b.scheme(), b.rank(), Palette.bandCount(b.scheme()), polarity);
    }

    /** Long form: a row per figure, its groups, the value, the interval limits and the published band. */
    private DataTable longTable(String caption, List<Observation> rows, List<Observation> ordered, List<String> fields,
            SectionSpec s) {
        boolean interval = rows.stream().anyMatch(o -> o.lci() != null || o.uci() != null);
        boolean banded = rows.stream().anyMatch(o -> o.band() != null);
        List<DataTable.Column> columns = new ArrayList<>();
        fields.forEach(f -> columns.add(new DataTable.Column(Fields.label(rows, f), false)));
        if (columns.isEmpty()) {
            columns.add(new DataTable.Column("Period", false));
        }
        columns.add(new DataTable.Column("Value", true));
        if (interval) {
            columns.add(new DataTable.Column("Lower limit of 95% interval", true));
            columns.add(new DataTable.Column("Upper limit of 95% interval", true));
        }
        if (banded) {
            columns.add(new DataTable.Column("Published band", false));
        }
        List<DataTable.Row> out = new ArrayList<>();
        for (Observation o : ordered) {
            List<String> keys = new ArrayList<>();
            fields.forEach(f -> keys.add(Fields.value(o, f)));
            if (keys.isEmpty()) {
                keys.add(o.period().label());
            }
            List<DataTable.Cell> cells = new ArrayList<>();
            keys.subList(1, keys.size()).forEach(k -> cells.add(DataTable.Cell.of(k)));
            cells.add(DataTable.Cell.of(Numbers.format(o.value(), s.decimals())));
            if (interval) {
                cells.add(DataTable.Cell.of(Numbers.format(o.lci(), s.decimals())));
                cells.add(DataTable.Cell.of(Numbers.format(o.uci(), s.decimals())));
            }
            if (banded) {
                cells.add(DataTable.Cell.of(Bands.meaning(o.band(), s.polarity(), measureTitle)));
            }
            out.add(new DataTable.Row(keys.get(0), cells));
        }
        return new DataTable(caption, columns, out);
    }

    private String title(SectionSpec s, String period) {
        if (s.chartTitle() != null) {
            return s.chartTitle();
        }
        List<String> context = new ArrayList<>();
        Fields.fixedBreakdowns(s.rows()).forEach(b -> context.add(b.categoryLabel()));
        String unit = s.rows().isEmpty() || s.rows().get(0).unit() == null ? "" : s.rows().get(0).unit().label();
        String heading = s.heading().substring(0, 1).toLowerCase(java.util.Locale.UK) + s.heading().substring(1);
        return measureTitle + ", " + heading + ", " + period
                + (context.isEmpty() ? "" : " (" + String.join(", ", context) + ")") + (unit.isEmpty() ? "" : ": " + unit);
    }

    private static String description(String what, SectionSpec s) {
        return "Chart: " + what + ". Every figure is in the table below, to " + s.decimals() + " decimal places.";
    }

    private String trend(List<LineChart.Input> inputs, SectionSpec s) {
        LineChart.Input first = inputs.get(0);
        LineChart.Point a = first.points().get(0);
        LineChart.Point b = first.points().get(first.points().size() - 1);
        String who = inputs.size() == 1 ? "The figure" : first.label();
        return who + " went from " + fmt(s, a.value()) + " in " + a.period() + " to " + fmt(s, b.value()) + " in "
                + b.period() + (inputs.size() > 1 ? "; the table gives every series." : ".");
    }

    private String extremes(SectionSpec s, List<Observation> valued, List<String> fields) {
        if (valued.isEmpty()) {
            return "No figure was published for this period.";
        }
        Observation hi = valued.stream().max(Comparator.comparingDouble(Observation::value)).orElseThrow();
        Observation lo = valued.stream().min(Comparator.comparingDouble(Observation::value)).orElseThrow();
        if (valued.size() == 1) {
            return "The figure is " + fmt(s, hi.value()) + ".";
        }
        if (fields.isEmpty()) {
            // One figure per period, side by side.
            return String.join("; ", valued.stream().map(o -> o.period().label() + ": " + fmt(s, o.value())).toList())
                    + ".";
        }
        return "Highest: " + Fields.join(hi, fields) + " (" + fmt(s, hi.value()) + "); lowest: " + Fields.join(lo, fields)
                + " (" + fmt(s, lo.value()) + "). Check the intervals in the table before reading a difference as real.";
    }

    private static String bandSummary(List<Observation> valued) {
        Map<String, Long> counts = new LinkedHashMap<>();
        valued.forEach(o -> counts.merge(o.band().label(), 1L, Long::sum));
        Map.Entry<String, Long> most = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        return "Of " + valued.size() + " areas, " + most.getValue() + " are in the group \"" + most.getKey()
                + "\"; the table gives every area's figure and group.";
    }

    private static double stat(List<Observation> rows, boolean min) {
        return min ? rows.stream().mapToDouble(Observation::value).min().orElse(0)
                : rows.stream().mapToDouble(Observation::value).max().orElse(0);
    }

    private static String fmt(SectionSpec s, Double v) {
        return Numbers.withUnit(v, s.decimals(), s.unitSymbol());
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
