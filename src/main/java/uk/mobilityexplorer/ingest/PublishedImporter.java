package uk.mobilityexplorer.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the Commission's published State of the Nation files (three CSV layouts plus one table) and normalises every
 * row into {@link SeedObservation}s. Any defect that cannot be repaired by a documented rule stops the import with a
 * {@code file:line:column} message; nothing is written until every file has been read.
 */
public final class PublishedImporter {

    /** Everything one import produced. {@code repairs} lists every repaired row, unresolved areas included. */
    public record Result(ReferenceData reference, AreaDirectory areas, Categories categories,
            List<SeedDataset> datasets, List<SeedObservation> observations, List<Repair> repairs) {

        /** Every repair as {@code file:line: what was done}, in the order the rows were read. */
        public List<String> report() {
            return repairs.stream().map(Repair::describe).toList();
        }
    }

    private static final Pattern FILE_NAME =
            Pattern.compile("([A-Za-z0-9_]+)-(\\d+\\.\\d+|draft)-(.+?)--(full-dataset|table-format)\\.csv");
    private static final Pattern QUINTILE = Pattern.compile("(?:Q)?([1-5])(?: \\((?:Worst|Best) 20%\\))?");
    private static final List<String> FIVE_GROUPS =
            List.of("least favourable", "unfavourable", "middle group", "favourable", "most favourable");
    private static final List<String> SEVEN_GROUPS = List.of("least favourable", "unfavourable", "lower middling",
            "middling", "upper middling", "favourable", "most favourable");
    private static final List<String> EXTRA_COLUMNS =
            List.of("group_number", "variable_used", "weight_used", "age_used", "year_used", "label");
    private static final String UNLABELLED = "Group not named in the published file";
    private static final Set<String> TOTALS = Set.of("total", "all", "na", "");

    private final ReferenceData reference = new ReferenceData();
    private final Categories categories = new Categories(reference);
    private final List<Repair> repairs = new ArrayList<>();
    private AreaDirectory areas;

    /** Imports every edition in the reference table from a published tree (releases/, geography/). */
    public Result importAll(Path publishedDir) {
        return importEditions(publishedDir, List.copyOf(reference.editions.keySet()),
                AreaDirectory.fromPublished(reference, publishedDir.resolve("geography")));
    }

    /**
     * Imports one edition's files from {@code publishedDir/releases/<edition>/}, matching area names against a
     * directory read earlier (the service's own copy, so uploads need no geography files).
     */
    public Result importEdition(Path publishedDir, String edition, AreaDirectory directory) {
        if (!reference.editions.containsKey(edition)) {
            throw new ImportException(edition, "edition is not in the reference table of editions");
        }
        return importEditions(publishedDir, List.of(edition), directory);
    }

    private Result importEditions(Path publishedDir, List<String> editions, AreaDirectory directory) {
        areas = directory;
        List<SeedDataset> datasets = new ArrayList<>();
        List<SeedObservation> observations = new ArrayList<>();
        for (String edition : editions) {
            Path dir = publishedDir.resolve("releases").resolve(edition);
            if (!Files.isDirectory(dir)) {
                throw new ImportException(dir.toString(), "edition folder is missing");
            }
            for (Path file : list(dir)) {
                String relative = publishedDir.relativize(file).toString().replace('\\', '/');
                FileImport result = importFile(edition, file, relative);
                datasets.add(result.dataset);
                observations.addAll(result.observations);
            }
        }
        return new Result(reference, areas, categories, applyCorrections(datasets), observations, List.copyOf(repairs));
    }

    private record FileImport(SeedDataset dataset, List<SeedObservation> observations) {
    }

    private FileImport importFile(String edition, Path file, String relative) {
        Matcher name = FILE_NAME.matcher(file.getFileName().toString());
        if (!name.matches()) {
            throw new ImportException(relative, "file name does not follow <CODE>-<version>-<measure>--full-dataset.csv");
        }
        String measure = name.group(3);
        if (!reference.measures.containsKey(measure)) {
            throw new ImportException(relative, "measure '" + measure + "' is not in the measure catalogue");
        }
        String version = name.group(2);
        String datasetId = edition + "/" + measure + "/" + version;
        CsvTable table = CsvTable.read(file, relative);
        FileContext ctx = new FileContext(edition, measure, datasetId, table);
        List<SeedObservation> observations = name.group(4).equals("table-format")
                ? readCoefficientTable(ctx)
                : readDataset(ctx);
        String codeInFile = ctx.codeInFile;
        String smcCode = name.group(1).matches(".*\\d.*") ? name.group(1) : codeInFile.toUpperCase(Locale.ROOT);
        BigDecimal sum = observations.stream().map(SeedObservation::value).filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean draft = reference.editions.get(edition).status().equals("draft");
        SeedDataset dataset = new SeedDataset(datasetId, edition, measure, version, draft ? "draft" : "current", "",
                reference.editions.get(edition).publishedOn(), "", smcCode, codeInFile, ctx.titleInFile, relative,
                sha256(file), table.rows().size(), ctx.excluded, observations.size(), sum,
                String.join("; ", ctx.population.values()), String.join("; ", ctx.outcomes));
        return new FileImport(dataset, observations);
    }

    /** What one file's rows share: its identity, its repairs, and the per-file rules decided by looking at all rows. */
    private final class FileContext {
        final String edition;
        final String measure;
        final String datasetId;
        final CsvTable table;
        final Map<String, String> population = new TreeMap<>();
        final Set<String> outcomes = new LinkedHashSet<>();
        final Set<String> flagsAsBreakdown = new LinkedHashSet<>();
        final Set<String> seb3 = new LinkedHashSet<>();
        boolean allIsCategory;
        String codeInFile = "";
        String titleInFile = "";
        int excluded;

        FileContext(String edition, String measure, String datasetId, CsvTable table) {
            this.edition = edition;
            this.measure = measure;
            this.datasetId = datasetId;
            this.table = table;
        }

        AreaDirectory.Vintage vintage() {
            boolean composite = reference.measures.get(measure).domain().equals("composite-indices");
            if (composite && edition.equals("2024")) {
                return AreaDirectory.Vintage.SMC_203;
            }
            if (composite && !edition.equals("2023")) {
                return AreaDirectory.Vintage.SMC_205;
            }
            return measure.equals("gross-value-added-gva-per-capita")
                    ? AreaDirectory.Vintage.ITL2_2025
                    : AreaDirectory.Vintage.ITL2_2021;
        }

        void repaired(RepairRule rule, long line, String what) {
            repairs.add(new Repair(rule, table.name(), line, what));
        }
    }

    /** A (type, value) breakdown pair as found in a row, with the columns to blame in error messages. */
    private record Pair(String type, String value, int typeColumn, int valueColumn, boolean fixedColumn) {
    }

    private List<SeedObservation> readDataset(FileContext ctx) {
        CsvTable t = ctx.table;
        boolean longSplit = t.has("primary_split_type");
        if (longSplit) {
            t.require("measure_code", "area_type", "area_name", "primary_split_type", "primary_split_value",
                    "time_period", "value", "lci", "uci", "sample_size", "unit", "value_note");
        } else {
            t.require("ind_code", "ind_name", "area_type", "area_name", "time_period", "seb", "age", "sex",
                    "category_type", "category", "value", "sample_size", "lci", "uci", "se", "unit", "value_note");
        }
        if (!t.rows().isEmpty()) {
            CsvTable.Row first = t.rows().get(0);
            ctx.codeInFile = t.get(first, longSplit ? "measure_code" : "ind_code");
            ctx.titleInFile = t.get(first, longSplit ? "measure_title" : "ind_name");
        }
        List<List<Pair>> pairsByRow = new ArrayList<>();
        for (CsvTable.Row row : t.rows()) {
            pairsByRow.add(longSplit ? splitPairs(t, row) : legacyPairs(t, row));
        }
        decideFileRules(ctx, pairsByRow);
        Set<String> seenRows = new java.util.HashSet<>();
        Map<String, SeedObservation> seenKeys = new HashMap<>();
        List<SeedObservation> out = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            CsvTable.Row row = t.rows().get(i);
            if (row.values().stream().allMatch(String::isEmpty)) {
                ctx.excluded++;
                ctx.repaired(RepairRule.BLANK_ROW, row.line(), "blank row skipped");
                continue;
            }
            if (!seenRows.add(String.join("\u0001", row.values()))) {
                ctx.excluded++;
                ctx.repaired(RepairRule.EXACT_DUPLICATE_ROW, row.line(), "exact duplicate of an earlier row dropped");
                continue;
            }
            SeedObservation o = normalise(ctx, row, pairsByRow.get(i));
            SeedObservation earlier = seenKeys.putIfAbsent(identity(o), o);
            if (earlier != null) {
                if (!sameFigures(earlier, o)) {
                    throw new ImportException(t.name(), row.line(), t.column("value"),
                            "duplicate key: same area, period, breakdowns, unit and note as line " + earlier.line());
                }
                ctx.excluded++;
                ctx.repaired(RepairRule.REPEATED_FIGURES, row.line(), "repeats the figures of line " + earlier.line() + " under another label; dropped");
                continue;
            }
            out.add(o);
        }
        return out;
    }

    private static List<Pair> legacyPairs(CsvTable t, CsvTable.Row row) {
        List<Pair> pairs = new ArrayList<>();
        for (String column : List.of("seb", "age", "sex", "quintile")) {
            if (t.has(column)) {
                pairs.add(new Pair(column, t.get(row, column), t.column(column), t.column(column), true));
            }
        }
        for (String[] cols : new String[][] {{"category_type", "category"}, {"category_type2", "category2"}}) {
            if (t.has(cols[0])) {
                pairs.add(new Pair(t.get(row, cols[0]), t.get(row, cols[1]), t.column(cols[0]), t.column(cols[1]),
                        false));
            }
        }
        return pairs;
    }

    private static List<Pair> splitPairs(CsvTable t, CsvTable.Row row) {
        List<Pair> pairs = new ArrayList<>();
        for (String position : List.of("primary", "secondary", "tertiary", "fourth")) {
            String type = t.get(row, position + "_split_type");
            if (!type.isEmpty() && !type.equals("NA")) {
                String valueColumn = position + "_split_value";
                pairs.add(new Pair(type, t.get(row, valueColumn), t.column(position + "_split_type"),
                        t.column(valueColumn), false));
            }
        }
        return pairs;
    }

    /**
     * Rules that need the whole file: fixed legacy columns holding one value for every row describe the population,
     * not a breakdown; outcome flags with more than one value are a real breakdown; a file whose background column uses
     * the three-class scale reads "Intermediate" on that scale.
     */
    private void decideFileRules(FileContext ctx, List<List<Pair>> pairsByRow) {
        Map<String, Set<String>> fixedValues = new LinkedHashMap<>();
        Map<String, Set<String>> flagValues = new LinkedHashMap<>();
        for (List<Pair> pairs : pairsByRow) {
            for (Pair p : pairs) {
                if (p.value().equals("Total")) {
                    ctx.allIsCategory = true;
                }
                if (p.fixedColumn()) {
                    fixedValues.computeIfAbsent(p.type(), k -> new LinkedHashSet<>()).add(p.value());
                }
                ReferenceData.SplitRole role = reference.splitRoles.get(ReferenceData.splitKey(p.type()));
                if (role != null && role.role().equals("flag")) {
                    flagValues.computeIfAbsent(ReferenceData.splitKey(p.type()), k -> new LinkedHashSet<>())
                            .add(isTotal(p.value()) ? "NA" : p.value());
                }
                if (ReferenceData.splitKey(p.type()).equals("seb")
                        && (p.value().equals("Professional") || p.value().equals("Working"))) {
                    ctx.seb3.add("seb");
                }
            }
        }
        fixedValues.forEach((column, values) -> {
            if (values.size() == 1 && !column.equals("quintile") && !isTotal(values.iterator().next())) {
                ctx.population.put(column, column + "=" + values.iterator().next());
            }
        });
        // Several outcome flags in one file, or one flag with several values, distinguish rows: keep them as outcomes.
        flagValues.forEach((type, values) -> {
            if (values.size() > 1 || flagValues.size() > 1) {
                ctx.flagsAsBreakdown.add(type);
            } else if (!values.contains("NA")) {
                ctx.outcomes.add(type + "=" + values.iterator().next());
            }
        });
    }

    /** A row's fields as the split roles and repairs leave them, before they become an observation. */
    private static final class RowFields {
        String areaName;
        String areaHint;
        String areaBasis = "current";
        String periodLabel;
        int periodColumn;
        String window = "";
        String valueText;
        int valueColumn;
        final List<Pair> bands = new ArrayList<>();
        final List<Pair> dimensionPairs = new ArrayList<>();

        RowFields(CsvTable t, CsvTable.Row row) {
            areaName = t.get(row, "area_name");
            areaHint = t.get(row, "area_type");
            periodLabel = t.get(row, "time_period");
            periodColumn = t.column("time_period");
            valueText = t.get(row, "value");
            valueColumn = t.column("value");
        }
    }

    private SeedObservation normalise(FileContext ctx, CsvTable.Row row, List<Pair> pairs) {
        CsvTable t = ctx.table;
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
        String areaCode = resolveArea(ctx, row, f.areaName, f.areaHint);
        Periods.Period period = Periods.parse(f.periodLabel, chartType.equals("trend_moving_average"));
        if (period == null) {
            throw new ImportException(t.name(), row.line(), f.periodColumn, "unreadable period '" + f.periodLabel + "'");
        }
        String unitPublished = t.get(row, "unit");
        ReferenceData.UnitInfo unit = reference.units.get(unitPublished.equals("NA") ? "" : unitPublished.toLowerCase(Locale.ROOT));
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
        return new SeedObservation(ctx.datasetId, row.line(), areaCode, f.areaName, f.areaBasis, period.label(),
                period.start(), period.end(), period.kind(), f.window, breakdowns, bandScheme, bandRank, bandLabel,
                value, number(t, row, t.get(row, "lci"), t.column("lci")),
                number(t, row, t.get(row, "uci"), t.column("uci")), sampleSize,
                number(t, row, t.get(row, "se"), t.column("se")), status(f.valueText, value, unit, valueNote),
                unit.code(), unitPublished, valueNote, chartType, joinExtras(extras));
    }

    /** Applies one breakdown pair to the row: by its split role it sets the period, area, band, value or a breakdown. */
    private void readPair(FileContext ctx, CsvTable.Row row, RowFields f, Pair p) {
        String key = ReferenceData.splitKey(p.type());
        if (p.fixedColumn() && ctx.population.containsKey(p.type())) {
            return;
        }
        if (p.fixedColumn() && key.equals("seb") && (p.value().matches("\\d{4}") || p.value().equals("Average"))) {
            f.periodLabel = p.value();
            f.periodColumn = p.valueColumn();
            ctx.repaired(RepairRule.YEAR_IN_SEB_COLUMN, row.line(), "year read from the SEB column");
            return;
        }
        ReferenceData.SplitRole role = reference.splitRoles.get(key);
        if (role == null) {
            throw new ImportException(ctx.table.name(), row.line(), p.typeColumn(),
                    "unknown breakdown type '" + p.type() + "'");
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
                    f.areaHint = "ITL2";
                }
                f.areaBasis = role.role().equals("area") ? "current" : "adolescent";
            }
            case "band" -> f.bands.add(p);
            case "value" -> {
                if (isTotal(f.valueText)) {
                    f.valueText = p.value();
                    f.valueColumn = p.valueColumn();
                    ctx.repaired(RepairRule.VALUE_IN_BREAKDOWN_COLUMN, row.line(),
                            "value read from the '" + p.type() + "' breakdown column");
                }
            }
            case "flag" -> {
                // An outcome flag left blank on some rows marks the rest of the group (e.g. not unemployed).
                if (ctx.flagsAsBreakdown.contains(key)) {
                    String outcome = isTotal(p.value()) ? "Other"
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
                    ctx.repaired(RepairRule.UNNAMED_ETHNIC_GROUP, row.line(),
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
        if (f.bands.size() == 1 && !isBandValue(f.bands.get(0).value()) && !dims.isEmpty()
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
            boolean repeat = breakdowns.stream().anyMatch(b -> b[0].equals(c.dimension()));
            if (repeat) {
                boolean same = breakdowns.stream().anyMatch(b -> b[0].equals(c.dimension()) && b[1].equals(c.code()));
                if (!same) {
                    throw new ImportException(ctx.table.name(), row.line(), p.valueColumn(),
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

    private static String status(String valueText, BigDecimal value, ReferenceData.UnitInfo unit, String valueNote) {
        if (valueText.equalsIgnoreCase("x")) {
            return "withheld";
        }
        if (value == null) {
            return "not-available";
        }
        if (unit.code().equals("random-effect") || valueNote.toLowerCase(Locale.ROOT).contains("model")) {
            return "estimated";
        }
        return "published";
    }

    private String resolveArea(FileContext ctx, CsvTable.Row row, String areaName, String areaHint) {
        String fileCode = ctx.table.get(row, "area_code");
        if (areaHint.equals("Local authority") && areas.isLocalAuthorityCode(fileCode)) {
            return areas.addLocalAuthority(fileCode, areaName);
        }
        String code = isTotal(areaName) ? null : areas.resolve(areaName, areaHint, ctx.vintage());
        if (code == null) {
            if (!areaName.equals("NA") && !areaName.equals("South Western Scotland")) {
                throw new ImportException(ctx.table.name(), row.line(), ctx.table.column("area_name"),
                        "unknown area name '" + areaName + "'");
            }
            ctx.repaired(RepairRule.UNNAMED_REGION, row.line(), "area '" + areaName + "' kept as published: the file does not name the region");
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
            throw new ImportException(t.name(), row.line(), t.column("group_number"),
                    "group number " + groupNumber + " does not match band '" + band.value() + "'");
        }
        String display = band.value().substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
        return new String[] {scheme.size() == 5 ? "five-groups" : "seven-groups", Integer.toString(rank), display};
    }

    private static boolean isBandValue(String value) {
        return QUINTILE.matcher(value).matches();
    }

    /** The 2023 relative income mobility page publishes only a small table: year, estimate, "lower–upper". */
    private List<SeedObservation> readCoefficientTable(FileContext ctx) {
        CsvTable t = ctx.table;
        t.require("year", "estimate", "95% confidence interval");
        ctx.codeInFile = "MO22";
        List<SeedObservation> out = new ArrayList<>();
        for (CsvTable.Row row : t.rows()) {
            String interval = t.get(row, "95% confidence interval");
            String[] bounds = interval.split("[–-]");
            int ciColumn = t.column("95% confidence interval");
            if (bounds.length != 2) {
                throw new ImportException(t.name(), row.line(), ciColumn, "interval '" + interval + "' is not lower–upper");
            }
            Periods.Period period = Periods.parse(t.get(row, "year"), false);
            if (period == null) {
                throw new ImportException(t.name(), row.line(), t.column("year"), "unreadable period");
            }
            out.add(new SeedObservation(ctx.datasetId, row.line(), "K02000001", "United Kingdom", "current",
                    period.label(), period.start(), period.end(), period.kind(), "", List.of(), "", null, "",
                    number(t, row, t.get(row, "estimate"), t.column("estimate")),
                    number(t, row, bounds[0].strip(), ciColumn), number(t, row, bounds[1].strip(), ciColumn), null,
                    null, "published", "coefficient", "", "", "", ""));
        }
        return out;
    }

    private List<SeedDataset> applyCorrections(List<SeedDataset> datasets) {
        Map<String, SeedDataset> byId = new LinkedHashMap<>();
        datasets.forEach(d -> byId.put(d.id(), d));
        for (var c : reference.corrections) {
            String newId = c.edition() + "/" + c.measure() + "/" + c.pageVersion();
            String oldId = c.edition() + "/" + c.measure() + "/" + c.replacesVersion();
            SeedDataset replacement = byId.get(newId);
            SeedDataset replaced = byId.get(oldId);
            if (replacement == null && replaced == null) {
                continue; // neither file is part of this import (e.g. a single edition loaded on its own)
            }
            if (replacement == null || replaced == null) {
                throw new ImportException("reference/corrections.csv", "correction " + newId + " replaces " + oldId
                        + " but only one of the two files was supplied");
            }
            byId.put(newId, withStatus(replacement, "current", "", c.publishedOn(), c.reason()));
            byId.put(oldId, withStatus(replaced, "superseded", newId, replaced.publishedOn(), c.reason()));
        }
        Map<String, String> currentByMeasure = new HashMap<>();
        for (SeedDataset d : byId.values()) {
            if (!d.status().equals("superseded")) {
                String key = d.edition() + "/" + d.measure();
                String other = currentByMeasure.putIfAbsent(key, d.id());
                if (other != null) {
                    throw new ImportException(d.sourceFile(), "a second file for " + key + " (" + other
                            + ") with no entry in reference/corrections.csv");
                }
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static SeedDataset withStatus(SeedDataset d, String status, String supersededBy, String publishedOn,
            String reason) {
        return new SeedDataset(d.id(), d.edition(), d.measure(), d.pageVersion(), status, supersededBy, publishedOn,
                reason, d.smcCode(), d.codeInFile(), d.titleInFile(), d.sourceFile(), d.sourceSha256(), d.rowsRead(),
                d.rowsExcluded(), d.observations(), d.valueSum(), d.population(), d.outcome());
    }

    private static BigDecimal number(CsvTable t, CsvTable.Row row, String text, int column) {
        if (isTotal(text) || text.equalsIgnoreCase("x")) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new ImportException(t.name(), row.line(), column, "'" + text + "' is not a number");
        }
    }

    private static boolean sameFigures(SeedObservation a, SeedObservation b) {
        return java.util.Objects.equals(a.value(), b.value()) && java.util.Objects.equals(a.lci(), b.lci())
                && java.util.Objects.equals(a.uci(), b.uci()) && java.util.Objects.equals(a.sampleSize(), b.sampleSize())
                && java.util.Objects.equals(a.se(), b.se());
    }

    private static String identity(SeedObservation o) {
        StringBuilder key = new StringBuilder();
        // Rows without a resolvable area or without a figure cannot clash with a real estimate; keep each one.
        boolean keyedByLine = o.areaCode() == null || o.value() == null
                || o.breakdowns().stream().anyMatch(b -> b[1].equals(Categories.slug(UNLABELLED)));
        // The published name is part of the key: "Overall" and "United Kingdom" are separate UK estimates in MO32.
        key.append(keyedByLine ? "line:" + o.line() + ":" : "").append(o.areaCode()).append('/').append(o.areaPublished());
        key.append('|').append(o.areaBasis()).append('|').append(o.period()).append('|').append(o.periodWindow());
        o.breakdowns().forEach(b -> key.append('|').append(b[0]).append('=').append(b[1]));
        key.append('|').append(o.bandRank()).append('|').append(o.unit()).append('|').append(o.valueNote())
                .append('|').append(o.chartType());
        return key.toString();
    }

    private static boolean isTotal(String value) {
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

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new ImportException(dir.toString(), "cannot be listed: " + e.getMessage());
        }
    }

    private static String sha256(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new ImportException(file.toString(), "cannot be hashed: " + e.getMessage());
        }
    }
}
