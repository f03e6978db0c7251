package uk.mobilityexplorer.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.mobilityexplorer.domain.ObservationStatus;
import uk.mobilityexplorer.ingest.FileContext.Pair;

/**
 * Turns one published row, with its breakdown pairs, into a {@link SeedObservation}: each pair is applied by its split
 * role, the {@link RepairRule}s that concern a single row are applied and recorded, and the area is matched by name.
 */
final class RowNormaliser {

    private static final Pattern QUINTILE = Pattern.compile("(?:Q)?([1-5])(?: \\((?:Worst|Best) 20%\\))?");
    private static final List<String> FIVE_GROUPS =
            List.of("least favourable", "unfavourable", "middle group", "favourable", "most favourable");
    private static final List<String> SEVEN_GROUPS = List.of(
            "least favourable",
            "unfavourable",
            "lower middling",
            "middling",
            "upper middling",
            "favourable",
            "most favourable");
    private static final List<String> EXTRA_COLUMNS =
            List.of("group_number", "variable_used", "weight_used", "age_used", "year_used", "label");
    static final String UNLABELLED = "Group not named in the published file";
    private static final Set<String> TOTALS = Set.of("total", "all", "na", "");
    // Lengths the schema stores (V1__schema.sql): a longer published text is refused here, not by the database.
    /** The longest text any published field keeps (observation.value_note). */
    private static final int MAX_FIELD = 500;

    private static final int MAX_AREA_NAME = 200;
    private static final int MAX_PERIOD = 40;
    private static final int MAX_CATEGORY_CODE = 120;

    private final ReferenceData reference;
    private final Categories categories;
    private final AreaDirectory areas;

    RowNormaliser(ReferenceData reference, Categories categories, AreaDirectory areas) {
        this.reference = reference;
        this.categories = categories;
        this.areas = areas;
    }

    /** A row's fields as the split roles and repairs leave them, before they become an observation. */
    private static final class RowFields {
        String areaName;
        int areaColumn;
        String areaHint;
        String areaBasis = "current";
        String periodLabel;
        int periodColumn;
        /** The SEB column said "Average": the row averages the years its period column names. */
        boolean averageOfYears;

        String window = "";
        String valueText;
        int valueColumn;
        final List<Pair> bands = new ArrayList<>();
        final List<Pair> dimensionPairs = new ArrayList<>();

        RowFields(CsvTable t, CsvTable.Row row) {
            areaName = t.get(row, "area_name");
            areaColumn = t.column("area_name");
            areaHint = t.get(row, "area_type");
            periodLabel = t.get(row, "time_period");
            periodColumn = t.column("time_period");
            valueText = t.get(row, "value");
            valueColumn = t.column("value");
        }
    }

    SeedObservation normalise(FileContext ctx, CsvTable.Row row, List<Pair> pairs) {
        CsvTable t = ctx.table;
        for (int i = 0; i < row.values().size(); i++) {
            fits(ctx, row, i + 1, row.values().get(i), MAX_FIELD, "field");
            if (row.values().get(i).indexOf('\u0000') >= 0) {
                // PostgreSQL cannot store a NUL in text; no published file has one.
                throw new ImportException(t.name(), row.line(), i + 1, "field holds a NUL character (byte 0)");
            }
        }
        String chartType = t.get(row, "chart_type");
        RowFields f = new RowFields(t, row);
        for (Pair p : pairs) {
            readPair(ctx, row, f, p);
        }
        unswapQuintile(ctx, row, f);
        String bandScheme = "";
        Integer bandRank = null;
        String bandLabel = "";
        for (Pair band : f.bands) {
            if (isTotal(band.value())) {
                continue;
            }
            String[] parsed = band(ctx, t, row, band);
            bandScheme = parsed[0];
            bandRank = Integer.valueOf(parsed[1]);
            bandLabel = parsed[2];
        }
        List<String[]> breakdowns = breakdowns(ctx, row, f.dimensionPairs);
        fits(ctx, row, f.areaColumn, f.areaName, MAX_AREA_NAME, "area name");
        fits(ctx, row, f.periodColumn, f.periodLabel, MAX_PERIOD, "period");
        String areaCode = resolveArea(ctx, row, f.areaName, f.areaHint);
        Periods.Period period = Periods.parse(f.periodLabel, chartType.equals("trend_moving_average"));
        if (period == null) {
            throw new ImportException(
                    t.name(), row.line(), f.periodColumn, "unreadable period '" + f.periodLabel + "'");
        }
        if (f.averageOfYears) {
            period = Periods.averageOf(period);
        }
        String unitPublished = t.get(row, "unit");
        ReferenceData.UnitInfo unit =
                reference.units.get(unitPublished.equals("NA") ? "" : unitPublished.toLowerCase(Locale.ROOT));
        if (unit == null) {
            throw new ImportException(t.name(), row.line(), t.column("unit"), "unknown unit '" + unitPublished + "'");
        }
        String valueNote = blankIfNa(t.get(row, "value_note"));
        Map<String, String> extras = new TreeMap<>();
        for (String column : EXTRA_COLUMNS) {
            String v = blankIfNa(t.get(row, column));
            if (!v.isEmpty()) {
                extras.put(column, v);
            }
        }
        BigDecimal value = number(t, row, f.valueText, f.valueColumn);
        String sampleText = t.get(row, "sample_size");
        if (sampleText.equalsIgnoreCase("x")) {
            extras.put("sample_size", "withheld");
        }
        // Some sources publish weighted (fractional) bases, so the sample size stays a decimal.
        BigDecimal sampleSize = number(t, row, sampleText, t.column("sample_size"));
        return new SeedObservation(
                ctx.datasetId,
                row.line(),
                areaCode,
                f.areaName,
                f.areaBasis,
                period.label(),
                period.start(),
                period.end(),
                period.kind(),
                f.window,
                breakdowns,
                bandScheme,
                bandRank,
                bandLabel,
                value,
                number(t, row, t.get(row, "lci"), t.column("lci")),
                number(t, row, t.get(row, "uci"), t.column("uci")),
                sampleSize,
                number(t, row, t.get(row, "se"), t.column("se")),
                status(f.valueText, value, unit, valueNote).code(),
                unit.code(),
                unitPublished,
                valueNote,
                chartType,
                joinExtras(extras));
    }

    /** Applies one breakdown pair to the row: by its split role it sets the period, area, band, value or a breakdown. */
    private void readPair(FileContext ctx, CsvTable.Row row, RowFields f, Pair p) {
        String key = ReferenceData.splitKey(p.type());
        if (p.fixedColumn() && ctx.population.containsKey(p.type())) {
            return;
        }
        if (p.fixedColumn() && key.equals("seb") && p.value().matches("\\d{4}")) {
            f.periodLabel = p.value();
            f.periodColumn = p.valueColumn();
            ctx.repaired(RepairRule.YEAR_IN_SEB_COLUMN, row.line(), "year read from the SEB column");
            return;
        }
        if (p.fixedColumn() && key.equals("seb") && p.value().equals("Average")) {
            f.averageOfYears = true;
            ctx.repaired(RepairRule.YEAR_IN_SEB_COLUMN, row.line(), "average of the period's years");
            return;
        }
        ReferenceData.SplitRole role = reference.splitRoles.get(key);
        if (role == null) {
            throw new ImportException(
                    ctx.table.name(), row.line(), p.typeColumn(), "unknown breakdown type '" + p.type() + "'");
        }
        switch (role.role()) {
            case "period" -> {
                f.window = f.periodLabel;
                f.periodLabel = p.value();
                f.periodColumn = p.valueColumn();
            }
            case "area", "area-adolescent" -> {
                if (!isTotal(p.value())) {
                    f.areaName = p.value();
                    f.areaColumn = p.valueColumn();
                    f.areaHint = "ITL2";
                }
                f.areaBasis = role.role().equals("area") ? "current" : "adolescent";
            }
            case "band" -> f.bands.add(p);
            case "value" -> {
                if (isTotal(f.valueText)) {
                    f.valueText = p.value();
                    f.valueColumn = p.valueColumn();
                    ctx.repaired(
                            RepairRule.VALUE_IN_BREAKDOWN_COLUMN,
                            row.line(),
                            "value read from the '" + p.type() + "' breakdown column");
                }
            }
            case "flag" -> {
                // An outcome flag left blank on some rows marks the rest of the group (e.g. not unemployed).
                if (ctx.flagsAsBreakdown.contains(key)) {
                    String outcome = isTotal(p.value())
                            ? "Other"
                            : p.value().equals("1") ? key.replace("_binary", "") : p.value();
                    f.dimensionPairs.add(new Pair("outcome", outcome, p.typeColumn(), p.valueColumn(), false));
                }
            }
            case "label" -> {
                // A breakdown label with no value names the measure itself, not a group.
            }
            default -> {
                if (role.dimension().equals("ethnicity") && p.value().equals("Total")) {
                    f.dimensionPairs.add(new Pair(p.type(), UNLABELLED, p.typeColumn(), p.valueColumn(), false));
                    ctx.repaired(
                            RepairRule.UNNAMED_ETHNIC_GROUP,
                            row.line(),
                            "ethnicity 'Total' on an ethnic-group row kept as an unnamed group");
                    return;
                }
                // A file that marks its totals "Total" uses "All" for a breakdown's own pooled estimate.
                if (!isTotal(p.value()) || p.value().equals("All") && ctx.allIsCategory) {
                    f.dimensionPairs.add(p);
                }
            }
        }
    }

    private static void unswapQuintile(FileContext ctx, CsvTable.Row row, RowFields f) {
        List<Pair> dims = f.dimensionPairs;
        if (f.bands.size() == 1
                && !isBandValue(f.bands.get(0).value())
                && !dims.isEmpty()
                && isBandValue(dims.get(dims.size() - 1).value())) {
            Pair band = f.bands.get(0);
            Pair dim = dims.remove(dims.size() - 1);
            f.bands.set(0, new Pair(band.type(), dim.value(), band.typeColumn(), dim.valueColumn(), false));
            dims.add(new Pair(dim.type(), band.value(), dim.typeColumn(), band.valueColumn(), false));
            ctx.repaired(RepairRule.SWAPPED_QUINTILE, row.line(), "quintile and qualification columns swapped back");
        }
    }

    /** The row's breakdowns as (dimension, category) pairs; a dimension named twice must name the same category. */
    private List<String[]> breakdowns(FileContext ctx, CsvTable.Row row, List<Pair> dimensionPairs) {
        List<String[]> breakdowns = new ArrayList<>();
        for (Pair p : dimensionPairs) {
            ReferenceData.SplitRole role = reference.splitRoles.get(ReferenceData.splitKey(p.type()));
            String dimension = p.type().equals("outcome") ? "outcome" : role.dimension();
            if (dimension.equals("seb") && ctx.seb3.contains("seb") && p.value().equals("Intermediate")) {
                dimension = "seb3";
            }
            Categories.Category c = categories.resolve(dimension, p.value());
            fits(ctx, row, p.valueColumn(), c.code(), MAX_CATEGORY_CODE, "category");
            boolean repeat = breakdowns.stream().anyMatch(b -> b[0].equals(c.dimension()));
            if (repeat) {
                boolean same = breakdowns.stream().anyMatch(b -> b[0].equals(c.dimension()) && b[1].equals(c.code()));
                if (!same) {
                    throw new ImportException(
                            ctx.table.name(),
                            row.line(),
                            p.valueColumn(),
                            "two different " + c.dimension() + " categories in one row");
                }
                continue;
            }
            breakdowns.add(new String[] {c.dimension(), c.code()});
        }
        if (breakdowns.size() > SeedObservation.MAX_BREAKDOWNS) {
            throw new ImportException(ctx.table.name(), row.line(), 1, "more than four breakdowns in one row");
        }
        return breakdowns;
    }

    /** Refuses, at its file:line:column, published text longer than the service stores for it. */
    private static void fits(FileContext ctx, CsvTable.Row row, int column, String text, int max, String what) {
        if (text != null && text.length() > max) {
            throw new ImportException(
                    ctx.table.name(),
                    row.line(),
                    column,
                    what + " is " + text.length() + " characters long; at most " + max + " are kept");
        }
    }

    private static ObservationStatus status(
            String valueText, BigDecimal value, ReferenceData.UnitInfo unit, String valueNote) {
        if (valueText.equalsIgnoreCase("x")) {
            return ObservationStatus.WITHHELD;
        }
        if (value == null) {
            return ObservationStatus.NOT_AVAILABLE;
        }
        if (unit.code().equals("random-effect")
                || valueNote.toLowerCase(Locale.ROOT).contains("model")) {
            return ObservationStatus.ESTIMATED;
        }
        return ObservationStatus.PUBLISHED;
    }

    private String resolveArea(FileContext ctx, CsvTable.Row row, String areaName, String areaHint) {
        String fileCode = ctx.table.get(row, "area_code");
        if (areaHint.equals("Local authority") && areas.isLocalAuthorityCode(fileCode)) {
            return areas.addLocalAuthority(fileCode, areaName);
        }
        String code = isTotal(areaName) ? null : areas.resolve(areaName, areaHint, ctx.vintage());
        if (code == null) {
            if (!areaName.equals("NA") && !areaName.equals("South Western Scotland")) {
                throw new ImportException(
                        ctx.table.name(),
                        row.line(),
                        ctx.table.column("area_name"),
                        "unknown area name '" + areaName + "'");
            }
            ctx.repaired(
                    RepairRule.UNNAMED_REGION,
                    row.line(),
                    "area '" + areaName + "' kept as published: the file does not name the region");
        }
        return code;
    }

    private String[] band(FileContext ctx, CsvTable t, CsvTable.Row row, Pair band) {
        Matcher q = QUINTILE.matcher(band.value());
        if (q.matches()) {
            return new String[] {"quintile", q.group(1), "Quintile " + q.group(1)};
        }
        String label = band.value().toLowerCase(Locale.ROOT);
        List<String> scheme = ctx.edition.equals("2024") ? FIVE_GROUPS : SEVEN_GROUPS;
        int rank = scheme.indexOf(label) + 1;
        if (rank == 0) {
            throw new ImportException(t.name(), row.line(), band.valueColumn(), "unknown band '" + band.value() + "'");
        }
        String groupNumber = t.get(row, "group_number");
        if (!groupNumber.isEmpty() && !groupNumber.equals(Integer.toString(rank))) {
            throw new ImportException(
                    t.name(),
                    row.line(),
                    t.column("group_number"),
                    "group number " + groupNumber + " does not match band '" + band.value() + "'");
        }
        String display = band.value().substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
        return new String[] {scheme.size() == 5 ? "five-groups" : "seven-groups", Integer.toString(rank), display};
    }

    private static boolean isBandValue(String value) {
        return QUINTILE.matcher(value).matches();
    }

    static BigDecimal number(CsvTable t, CsvTable.Row row, String text, int column) {
        if (isTotal(text) || text.equalsIgnoreCase("x")) {
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new ImportException(t.name(), row.line(), column, quoted(text) + " is not a number");
        }
        // The schema keeps numbers as decimal(38, 20): 18 digits before the point and 20 after.
        if (number.precision() - number.scale() > 18 || number.scale() > 20) {
            throw new ImportException(
                    t.name(),
                    row.line(),
                    column,
                    quoted(text) + " has more digits than are kept (18 before the decimal point, 20 after)");
        }
        return number;
    }

    /** The text in quotes, cut to 40 characters so that a message stays readable. */
    private static String quoted(String text) {
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'";
    }

    static boolean isTotal(String value) {
        return TOTALS.contains(value.toLowerCase(Locale.ROOT));
    }

    private static String blankIfNa(String value) {
        return value.equals("NA") ? "" : value;
    }

    private static String joinExtras(Map<String, String> extras) {
        List<String> parts = new ArrayList<>();
        extras.forEach((k, v) -> parts.add(k + "=" + v));
        return String.join("; ", parts);
    }
}
