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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import uk.mobilityexplorer.domain.Area;
import uk.mobilityexplorer.domain.DatasetStatus;
import uk.mobilityexplorer.domain.EditionStatus;
import uk.mobilityexplorer.domain.ObservationStatus;
import uk.mobilityexplorer.ingest.FileContext.Pair;

/**
 * Reads the Commission's published State of the Nation files (three CSV layouts plus one table) and normalises every
 * row into {@link SeedObservation}s; a full import also reads the explorer's page sources ({@link PresentationImporter}). Any defect that cannot be repaired by a documented rule stops the import with a
 * {@code file:line:column} message; nothing is written until every file has been read.
 */
public final class PublishedImporter {

    /**
     * Everything one import produced. {@code repairs} lists every repaired row, unresolved areas included, and the
     * findings about the page sources; {@code councils} and {@code presentation} are built only by a full import (an
     * edition upload carries no geography files or pages).
     */
    public record Result(
            ReferenceData reference,
            AreaDirectory areas,
            Categories categories,
            List<SeedDataset> datasets,
            List<SeedObservation> observations,
            List<Repair> repairs,
            List<CouncilDirectory.Council> councils,
            PresentationImporter.Facts presentation) {

        /** Every repair as {@code file:line: what was done}, in the order the rows were read. */
        public List<String> report() {
            return repairs.stream().map(Repair::describe).toList();
        }
    }

    static final Pattern FILE_NAME =
            Pattern.compile("([A-Za-z0-9_]+)-(\\d+\\.\\d+|draft)-(.+?)--(full-dataset|table-format)\\.csv");

    private final ReferenceData reference = new ReferenceData();
    private final Categories categories = new Categories(reference);
    private final List<Repair> repairs = new ArrayList<>();
    private AreaDirectory areas;
    private RowNormaliser rows;

    /** Imports every edition in the reference table from a published tree (releases/, geography/). */
    public Result importAll(Path publishedDir) {
        Path geography = publishedDir.resolve("geography");
        AreaDirectory directory = AreaDirectory.fromPublished(reference, geography);
        Result result = importEditions(publishedDir, List.copyOf(reference.editions.keySet()), directory);
        List<CouncilDirectory.Council> councils =
                CouncilDirectory.fromPublished(reference, directory, geography).all();
        // Every council is an area in its own right, whether or not a file publishes figures for it.
        councils.forEach(c -> directory.addLocalAuthority(c.code(), c.name()));
        PresentationImporter.Facts presentation =
                new PresentationImporter(reference).importPages(publishedDir, servedChartTypes(result));
        List<Repair> findings = new ArrayList<>(result.repairs());
        findings.addAll(presentation.findings());
        return new Result(
                result.reference(),
                result.areas(),
                result.categories(),
                result.datasets(),
                result.observations(),
                List.copyOf(findings),
                councils,
                presentation);
    }

    /** The chart types of the rows served by default (files no correction superseded), by {@code edition/measure}. */
    private static Map<String, Set<String>> servedChartTypes(Result result) {
        Map<String, String> served = new HashMap<>();
        result.datasets().stream()
                .filter(d -> d.supersededBy().isEmpty())
                .forEach(d -> served.put(d.id(), d.edition() + "/" + d.measure()));
        Map<String, Set<String>> chartTypes = new HashMap<>();
        for (SeedObservation o : result.observations()) {
            String key = served.get(o.dataset());
            if (key != null && o.chartType() != null && !o.chartType().isEmpty()) {
                chartTypes.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(o.chartType());
            }
        }
        return chartTypes;
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
        rows = new RowNormaliser(reference, categories, directory);
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
        return new Result(
                reference,
                areas,
                categories,
                applyCorrections(datasets),
                observations,
                List.copyOf(repairs),
                List.of(),
                PresentationImporter.Facts.NONE);
    }

    private record FileImport(SeedDataset dataset, List<SeedObservation> observations) {}

    private FileImport importFile(String edition, Path file, String relative) {
        Matcher name = FILE_NAME.matcher(file.getFileName().toString());
        if (!name.matches()) {
            throw new ImportException(
                    relative, "file name does not follow <CODE>-<version>-<measure>--full-dataset.csv");
        }
        String measure = name.group(3);
        if (!reference.measures.containsKey(measure)) {
            throw new ImportException(relative, "measure '" + measure + "' is not in the measure catalogue");
        }
        String version = name.group(2);
        String datasetId = edition + "/" + measure + "/" + version;
        CsvTable table = CsvTable.read(file, relative);
        FileContext ctx = new FileContext(reference, repairs, edition, measure, datasetId, table);
        List<SeedObservation> observations =
                name.group(4).equals("table-format") ? readCoefficientTable(ctx) : readDataset(ctx);
        String codeInFile = ctx.codeInFile;
        String smcCode = name.group(1).matches(".*\\d.*") ? name.group(1) : codeInFile.toUpperCase(Locale.ROOT);
        BigDecimal sum = observations.stream()
                .map(SeedObservation::value)
                .filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean draft = reference.editions.get(edition).status() == EditionStatus.DRAFT;
        DatasetStatus status = draft ? DatasetStatus.DRAFT : DatasetStatus.CURRENT;
        SeedDataset dataset = new SeedDataset(
                datasetId,
                edition,
                measure,
                version,
                status,
                "",
                reference.editions.get(edition).publishedOn(),
                "",
                smcCode,
                codeInFile,
                ctx.titleInFile,
                relative,
                sha256(file),
                table.rows().size(),
                ctx.excluded,
                observations.size(),
                sum,
                String.join("; ", ctx.population.values()),
                String.join("; ", ctx.outcomes));
        return new FileImport(dataset, observations);
    }

    private List<SeedObservation> readDataset(FileContext ctx) {
        CsvTable t = ctx.table;
        boolean longSplit = t.has("primary_split_type");
        if (longSplit) {
            t.require(
                    "measure_code",
                    "area_type",
                    "area_name",
                    "primary_split_type",
                    "primary_split_value",
                    "time_period",
                    "value",
                    "lci",
                    "uci",
                    "sample_size",
                    "unit",
                    "value_note");
        } else {
            t.require(
                    "ind_code",
                    "ind_name",
                    "area_type",
                    "area_name",
                    "time_period",
                    "seb",
                    "age",
                    "sex",
                    "category_type",
                    "category",
                    "value",
                    "sample_size",
                    "lci",
                    "uci",
                    "se",
                    "unit",
                    "value_note");
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
            SeedObservation o = rows.normalise(ctx, row, pairsByRow.get(i));
            SeedObservation earlier = seenKeys.putIfAbsent(identity(o), o);
            if (earlier != null) {
                if (!sameFigures(earlier, o)) {
                    throw new ImportException(
                            t.name(),
                            row.line(),
                            t.column("value"),
                            "duplicate key: same area, period, breakdowns, unit and note as line " + earlier.line());
                }
                ctx.excluded++;
                ctx.repaired(
                        RepairRule.REPEATED_FIGURES,
                        row.line(),
                        "repeats the figures of line " + earlier.line() + " under another label; dropped");
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
                pairs.add(new Pair(
                        t.get(row, cols[0]), t.get(row, cols[1]), t.column(cols[0]), t.column(cols[1]), false));
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
                pairs.add(new Pair(
                        type,
                        t.get(row, valueColumn),
                        t.column(position + "_split_type"),
                        t.column(valueColumn),
                        false));
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
                    fixedValues
                            .computeIfAbsent(p.type(), k -> new LinkedHashSet<>())
                            .add(p.value());
                }
                ReferenceData.SplitRole role = reference.splitRoles.get(ReferenceData.splitKey(p.type()));
                if (role != null && role.role().equals("flag")) {
                    flagValues
                            .computeIfAbsent(ReferenceData.splitKey(p.type()), k -> new LinkedHashSet<>())
                            .add(RowNormaliser.isTotal(p.value()) ? "NA" : p.value());
                }
                if (ReferenceData.splitKey(p.type()).equals("seb")
                        && (p.value().equals("Professional") || p.value().equals("Working"))) {
                    ctx.seb3.add("seb");
                }
            }
        }
        fixedValues.forEach((column, values) -> {
            if (values.size() == 1
                    && !column.equals("quintile")
                    && !RowNormaliser.isTotal(values.iterator().next())) {
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
                throw new ImportException(
                        t.name(), row.line(), ciColumn, "interval '" + interval + "' is not lower–upper");
            }
            Periods.Period period = Periods.parse(t.get(row, "year"), false);
            if (period == null) {
                throw new ImportException(t.name(), row.line(), t.column("year"), "unreadable period");
            }
            out.add(new SeedObservation(
                    ctx.datasetId,
                    row.line(),
                    Area.UK_CODE,
                    "United Kingdom",
                    "current",
                    period.label(),
                    period.start(),
                    period.end(),
                    period.kind(),
                    "",
                    List.of(),
                    "",
                    null,
                    "",
                    RowNormaliser.number(t, row, t.get(row, "estimate"), t.column("estimate")),
                    RowNormaliser.number(t, row, bounds[0].strip(), ciColumn),
                    RowNormaliser.number(t, row, bounds[1].strip(), ciColumn),
                    null,
                    null,
                    ObservationStatus.PUBLISHED.code(),
                    "coefficient",
                    "",
                    "",
                    "",
                    ""));
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
                throw new ImportException(
                        "reference/corrections.csv",
                        "correction " + newId + " replaces " + oldId + " but only one of the two files was supplied");
            }
            byId.put(newId, withStatus(replacement, DatasetStatus.CURRENT, "", c.publishedOn(), c.reason()));
            byId.put(oldId, withStatus(replaced, DatasetStatus.SUPERSEDED, newId, replaced.publishedOn(), c.reason()));
        }
        Map<String, String> currentByMeasure = new HashMap<>();
        for (SeedDataset d : byId.values()) {
            if (d.status() != DatasetStatus.SUPERSEDED) {
                String key = d.edition() + "/" + d.measure();
                String other = currentByMeasure.putIfAbsent(key, d.id());
                if (other != null) {
                    throw new ImportException(
                            d.sourceFile(),
                            "a second file for " + key + " (" + other + ") with no entry in reference/corrections.csv");
                }
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static SeedDataset withStatus(
            SeedDataset d, DatasetStatus status, String supersededBy, String publishedOn, String reason) {
        return new SeedDataset(
                d.id(),
                d.edition(),
                d.measure(),
                d.pageVersion(),
                status,
                supersededBy,
                publishedOn,
                reason,
                d.smcCode(),
                d.codeInFile(),
                d.titleInFile(),
                d.sourceFile(),
                d.sourceSha256(),
                d.rowsRead(),
                d.rowsExcluded(),
                d.observations(),
                d.valueSum(),
                d.population(),
                d.outcome());
    }

    private static boolean sameFigures(SeedObservation a, SeedObservation b) {
        return java.util.Objects.equals(a.value(), b.value())
                && java.util.Objects.equals(a.lci(), b.lci())
                && java.util.Objects.equals(a.uci(), b.uci())
                && java.util.Objects.equals(a.sampleSize(), b.sampleSize())
                && java.util.Objects.equals(a.se(), b.se());
    }

    private static String identity(SeedObservation o) {
        StringBuilder key = new StringBuilder();
        // Rows without a resolvable area or without a figure cannot clash with a real estimate; keep each one.
        boolean keyedByLine = o.areaCode() == null
                || o.value() == null
                || o.breakdowns().stream().anyMatch(b -> b[1].equals(Categories.slug(RowNormaliser.UNLABELLED)));
        // The published name is part of the key: "Overall" and "United Kingdom" are separate UK estimates in MO32.
        key.append(keyedByLine ? "line:" + o.line() + ":" : "")
                .append(o.areaCode())
                .append('/')
                .append(o.areaPublished());
        key.append('|')
                .append(o.areaBasis())
                .append('|')
                .append(o.period())
                .append('|')
                .append(o.periodWindow());
        o.breakdowns().forEach(b -> key.append('|').append(b[0]).append('=').append(b[1]));
        key.append('|')
                .append(o.bandRank())
                .append('|')
                .append(o.unit())
                .append('|')
                .append(o.valueNote())
                .append('|')
                .append(o.chartType());
        return key.toString();
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
