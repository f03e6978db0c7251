package uk.mobilityexplorer.staticclient.view;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import uk.mobilityexplorer.staticclient.api.model.Breakdown;
import uk.mobilityexplorer.staticclient.api.model.Measure;
import uk.mobilityexplorer.staticclient.api.model.Observation;
import uk.mobilityexplorer.staticclient.api.model.Period;
import uk.mobilityexplorer.staticclient.api.model.PresentationSection;

/**
 * The sections of a measure page. With the Commission's presentation facts, its sections in its order with its
 * titles, decimals and caveats; without them, sections worked out from the observations: one per chart type the
 * Commission's files name, or else per kind of area and set of breakdowns, in the order the rows were published.
 */
public final class Sections {

    /** Area types with many areas of the same kind: their sections are "by area" charts or maps. */
    private static final Set<String> SUBNATIONAL = Set.of("itl1", "itl2", "itl3", "la", "smc203", "smc205",
            "historic-nuts2");
    /** Area sections with more areas than this are split by breakdown so that each map or chart has one figure per area. */
    private static final int AREA_SECTION = 10;
    /** A line chart holds at most this many series; a section with more becomes one section per category. */
    static final int MAX_SERIES = 6;
    /** A bar chart of groups holds at most this many bars per period; more become one section per category. */
    static final int MAX_BARS = 80;
    /** What a section of pooled figures split from a run of periods adds to the run's heading and title. */
    private static final String POOLED = ": years combined";

    private Sections() {
    }

    /**
     * The page's sections in the Commission's order: its own for every presented section whose rows the API links;
     * then sections worked out from the observations for any row no presented section shows (all rows, when the
     * measure has no presentation facts or none of its sections is linked to rows), so no figure is left out. A worked
     * out section headed as a Commission section without linked rows ("By year") stands in that section's place.
     *
     * @param rows every observation of the measure in the edition
     * @param sectionRows each presented section's observations by section key
     */
    public static List<SectionSpec> of(Measure m, List<Observation> rows, Map<String, List<Observation>> sectionRows) {
        List<PresentationSection> presented = new ArrayList<>();
        if (m.presentation() != null && m.presentation().sections() != null) {
            presented.addAll(m.presentation().sections());
            presented.sort(java.util.Comparator.comparingInt(PresentationSection::position));
        }
        Map<String, List<SectionSpec>> drawn = new LinkedHashMap<>();
        presented.forEach(p -> drawn.put(p.key(), fromPresentation(m, p, sectionRows.getOrDefault(p.key(), List.of()))
                .stream().filter(s -> !s.rows().isEmpty()).toList()));
        Set<Observation> shown = new HashSet<>();
        Set<String> keys = new HashSet<>();
        Set<String> headings = new HashSet<>();
        drawn.values().forEach(list -> list.forEach(s -> {
            shown.addAll(s.rows());
            keys.add(s.key());
            headings.add(s.heading());
        }));
        List<Observation> rest = rows.stream().filter(o -> !shown.contains(o)).toList();
        List<SectionSpec> unplaced = new ArrayList<>();
        for (SectionSpec s : rest.isEmpty() ? List.<SectionSpec>of() : derive(m, rest, keys)) {
            // Each section is a landmark named by its heading, so a heading the Commission's sections use is qualified.
            unplaced.add(headings.contains(s.heading()) ? s.withHeading(s.heading() + ": further figures") : s);
        }
        List<SectionSpec> out = new ArrayList<>();
        for (PresentationSection p : presented) {
            List<SectionSpec> own = drawn.get(p.key());
            List<SectionSpec> standIns = own.isEmpty() ? unplaced.stream()
                    .filter(d -> d.heading().equals(p.heading()) || d.heading().startsWith(p.heading() + ": "))
                    .toList() : List.of();
            out.addAll(own);
            out.addAll(standIns);
            unplaced.removeAll(standIns);
        }
        out.addAll(unplaced);
        return out;
    }

    /** One section from the Commission's facts, split where needed; {@code sectionRows} are its observations. */
    private static List<SectionSpec> fromPresentation(Measure m, PresentationSection s, List<Observation> sectionRows) {
        List<SectionSpec> out = new ArrayList<>();
        List<List<Observation>> parts = runAndPooled(sectionRows, s.visual());
        for (int i = 0; i < parts.size(); i++) {
            List<Observation> partRows = parts.get(i);
            boolean pooled = i > 0;
            int decimals = s.decimals() != null ? s.decimals() : decimalsOf(m, partRows);
            String csv = s.links() != null && s.links().csv() != null ? s.links().csv() : csvPath(m, partRows);
            String title = s.chartTitle() == null || !pooled ? s.chartTitle() : s.chartTitle() + POOLED;
            out.addAll(split(new SectionSpec(pooled ? s.key() + "-years-combined" : s.key(),
                    pooled ? s.heading() + POOLED : s.heading(), title,
                    s.caveats() == null ? List.of() : s.caveats(), decimals,
                    s.unitSymbol() != null ? s.unitSymbol() : symbolOf(partRows),
                    Polarity.of(m.polarity(), s.reversePolarity()), s.visual(),
                    s.axisDomain() == null ? null : s.axisDomain().min(),
                    s.axisDomain() == null ? null : s.axisDomain().max(), csv, partRows)));
        }
        return out;
    }

    /**
     * The rows as one part, or, where a run of periods drawn as lines sits beside periods that pool its years, the run
     * and then the pooled figures: a pooled figure is not a point of the run.
     */
    private static List<List<Observation>> runAndPooled(List<Observation> rows, String visual) {
        List<List<Observation>> parts = Fields.separatePooledPeriods(rows);
        return parts.size() > 1 && SectionLayout.drawsLines(visual, parts.get(0)) ? parts : List.of(rows);
    }

    /** Sections worked out from the observations alone. */
    static List<SectionSpec> derive(Measure m, List<Observation> rows, Set<String> keys) {
        Map<String, List<Observation>> groups = new LinkedHashMap<>();
        for (Observation o : rows) {
            groups.computeIfAbsent(groupKey(o), k -> new ArrayList<>()).add(o);
        }
        List<List<Observation>> parts = new ArrayList<>();
        groups.values().forEach(g -> parts.addAll(runAndPooled(g, null)));
        List<String> headings = distinctHeadings(parts);
        List<SectionSpec> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            List<Observation> g = parts.get(i);
            String heading = headings.get(i);
            String key = unique(slug(heading), keys);
            out.addAll(split(new SectionSpec(key, heading, null, List.of(), decimalsOf(m, g), symbolOf(g),
                    Polarity.of(m.polarity(), null), null, null, null, csvPath(m, g), g)));
        }
        return out;
    }

    /** Rows of the same chart type (or, without one, the same kind of area, breakdowns and unit) share a section. */
    private static String groupKey(Observation o) {
        String unit = o.unit() == null ? "" : o.unit().code();
        if (o.chartType() != null) {
            return o.chartType() + "|" + unit;
        }
        String type = o.area() == null ? "" : o.area().type();
        TreeSet<String> dims = new TreeSet<>();
        o.breakdowns().forEach(b -> dims.add(b.dimension()));
        return (SUBNATIONAL.contains(type) ? type : "national") + "|" + dims + "|" + unit;
    }

    /**
     * Headings that tell sections apart (each section is a landmark named by its heading): where two would read the
     * same, each says which areas, then which unit, it covers, and as a last resort its number.
     */
    private static List<String> distinctHeadings(List<List<Observation>> parts) {
        List<String> headings = new ArrayList<>(parts.stream().map(Sections::heading).toList());
        List<java.util.function.Function<List<Observation>, String>> qualifiers = List.of(
                g -> String.join(", ", g.stream().filter(o -> o.area() != null).map(o -> AreaTypes.label(o.area().type()))
                        .distinct().toList()),
                g -> g.isEmpty() || g.get(0).unit() == null ? "" : g.get(0).unit().label());
        for (var qualifier : qualifiers) {
            List<String> next = new ArrayList<>(headings);
            for (int i = 0; i < headings.size(); i++) {
                String h = headings.get(i);
                List<Integer> same = new ArrayList<>();
                for (int j = 0; j < headings.size(); j++) {
                    if (headings.get(j).equals(h)) {
                        same.add(j);
                    }
                }
                // A qualifier is added only where it tells the sections with this heading apart.
                boolean distinguishes = same.stream().map(j -> qualifier.apply(parts.get(j))).distinct().count() > 1;
                String q = qualifier.apply(parts.get(i));
                if (same.size() > 1 && distinguishes && !q.isEmpty()) {
                    next.set(i, h + ": " + q);
                }
            }
            headings = next;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < headings.size(); i++) {
            String h = headings.get(i);
            for (int n = 2; !seen.add(h); n++) {
                h = headings.get(i) + " (part " + n + ")";
            }
            headings.set(i, h);
        }
        return headings;
    }

    private static String heading(List<Observation> rows) {
        if (Fields.distinctAreas(rows) > AREA_SECTION) {
            return "By area";
        }
        List<String> dims = new ArrayList<>(Fields.varying(rows));
        dims.remove(Fields.AREA);
        if (dims.isEmpty()) {
            List<Period> periods = Fields.periods(rows);
            if (Fields.distinctAreas(rows) <= 1 && periods.stream().allMatch(Period::combinesYears)) {
                return "Years combined";
            }
            return periods.size() > 1 ? "By year" : Fields.distinctAreas(rows) > 1 ? "By nation" : "Overall";
        }
        List<String> labels = new ArrayList<>();
        dims.forEach(d -> labels.add(Fields.label(rows, d).toLowerCase(Locale.UK)));
        return "By " + String.join(" and ", labels)
                + (Fields.periods(rows).size() >= 3 && !Fields.periodsNest(rows) ? ", over time" : "");
    }

    /**
     * A section is split into one section per category of its first varying breakdown when one chart would be
     * unreadable: an area chart or map needs one figure per area, a line chart at most {@link #MAX_SERIES} lines and
     * a bar chart at most {@link #MAX_BARS} bars.
     */
    private static List<SectionSpec> split(SectionSpec s) {
        List<String> fields = Fields.varying(s.rows());
        boolean tooManyLines = SectionLayout.drawsLines(s) && fields.size() > 1 && s.rows().stream()
                .map(o -> Fields.join(o, fields)).distinct().count() > MAX_SERIES;
        boolean tooManyBars = !SectionLayout.drawsLines(s) && fields.size() > 1 && !fields.contains(Fields.AREA)
                && s.rows().stream().collect(java.util.stream.Collectors.groupingBy(o -> o.period().label(),
                        java.util.stream.Collectors.counting())).values().stream().anyMatch(n -> n > MAX_BARS);
        if (tooManyLines || tooManyBars) {
            List<SectionSpec> out = new ArrayList<>();
            for (SectionSpec part : byCategory(s, List.of(fields.get(0)))) {
                out.addAll(split(part));
            }
            return out;
        }
        return splitByArea(s);
    }

    /**
     * An area section whose rows also differ by a breakdown (e.g. free school meals) becomes one section per category,
     * so that each map or area chart has one figure per area.
     */
    private static List<SectionSpec> splitByArea(SectionSpec s) {
        if (Fields.distinctAreas(s.rows()) <= AREA_SECTION) {
            return List.of(s);
        }
        List<String> others = new ArrayList<>(Fields.varying(s.rows()));
        others.remove(Fields.AREA);
        if (others.isEmpty()) {
            return List.of(s);
        }
        return byCategory(s, others);
    }

    /** One section per combination of the given fields' categories, keyed and headed by it. */
    private static List<SectionSpec> byCategory(SectionSpec s, List<String> others) {
        Map<String, List<Observation>> parts = new LinkedHashMap<>();
        s.rows().forEach(o -> parts.computeIfAbsent(Fields.join(o, others), k -> new ArrayList<>()).add(o));
        List<SectionSpec> out = new ArrayList<>();
        for (Map.Entry<String, List<Observation>> p : parts.entrySet()) {
            String title = s.chartTitle() == null ? null : s.chartTitle() + " (" + p.getKey() + ")";
            out.add(new SectionSpec(s.key() + "-" + slug(p.getKey()), s.heading() + ": " + p.getKey(), title,
                    s.caveats(), s.decimals(), s.unitSymbol(), s.polarity(), s.visual(), s.axisMin(), s.axisMax(),
                    s.csvPath() + filters(Fields.fixedBreakdowns(p.getValue()), s.csvPath()), p.getValue()));
        }
        return out;
    }

    /** The API's CSV of the measure and edition, narrowed to the section's area type and fixed breakdowns. */
    static String csvPath(Measure m, List<Observation> rows) {
        String path = "/api/v1/measures/" + m.code() + "/observations?edition=" + m.edition() + "&format=csv";
        List<String> types = rows.stream().filter(o -> o.area() != null).map(o -> o.area().type()).distinct().toList();
        if (types.size() == 1 && rows.stream().allMatch(o -> o.area() != null)) {
            path += "&area_type=" + types.get(0);
        }
        return path + filters(Fields.fixedBreakdowns(rows), path);
    }

    private static String filters(List<Breakdown> fixed, String already) {
        StringBuilder s = new StringBuilder();
        for (Breakdown b : fixed) {
            String pair = "&" + b.dimension() + "=" + b.category();
            if (!already.contains(pair)) {
                s.append(pair);
            }
        }
        return s.toString();
    }

    private static int decimalsOf(Measure m, List<Observation> rows) {
        if (!rows.isEmpty() && rows.get(0).unit() != null) {
            return rows.get(0).unit().decimals();
        }
        return m.units().isEmpty() ? 1 : m.units().get(0).decimals();
    }

    private static String symbolOf(List<Observation> rows) {
        return !rows.isEmpty() && rows.get(0).unit() != null && "percent".equals(rows.get(0).unit().code()) ? "%" : null;
    }

    static String slug(String s) {
        String slug = s.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "section" : slug;
    }

    private static String unique(String key, Set<String> used) {
        String k = key;
        for (int i = 2; !used.add(k); i++) {
            k = key + "-" + i;
        }
        return k;
    }
}
