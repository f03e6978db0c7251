package uk.mobilityexplorer.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the Commission's explorer page sources ({@code pages/<indicator>/<version>.md}) for the facts of how each
 * measure was presented: page versions and dates, section order, chart titles, decimals, units, polarity, banding,
 * axis ranges, time periods, data sources, and which caveats applied where. Caveat blocks become codes of the
 * project's closed list ({@code reference/caveats.csv}); the Commission's sentences are never kept. Files that are not
 * a measure's page version, caveat blocks no code matches and sections without a chart are reported, not dropped
 * silently; a malformed page stops the import with {@code file:line:column}.
 */
public final class PresentationImporter {

    /** One page version of a measure; {@code change} is first-publication, new-edition or correction. */
    public record Page(
            String measure,
            String edition,
            String pageVersion,
            String published,
            String change,
            String note,
            String dataSource,
            String source) {

        List<String> toCsv() {
            return List.of(measure, edition, pageVersion, published, change, note, dataSource, source);
        }
    }

    /** One section of the page version that applies to an edition; empty strings are absent facts. */
    public record Section(
            String measure,
            String edition,
            String pageVersion,
            String key,
            String heading,
            int position,
            String chartTitle,
            String visual,
            String decimals,
            String unitSymbol,
            String reversePolarity,
            String banding,
            String axisMin,
            String axisMax,
            String timePeriod,
            String chartType,
            String source) {

        List<String> toCsv() {
            return List.of(
                    measure,
                    edition,
                    pageVersion,
                    key,
                    heading,
                    Integer.toString(position),
                    chartTitle,
                    visual,
                    decimals,
                    unitSymbol,
                    reversePolarity,
                    banding,
                    axisMin,
                    axisMax,
                    timePeriod,
                    chartType,
                    source);
        }
    }

    /** A caveat code shown beside a section, or under "About the data" when {@code section} is empty. */
    public record CaveatUse(String measure, String edition, String section, String code, int position) {

        List<String> toCsv() {
            return List.of(measure, edition, section, code, Integer.toString(position));
        }
    }

    /** Everything read from the pages, with what the report should list. */
    public record Facts(List<Page> pages, List<Section> sections, List<CaveatUse> caveats, List<Repair> findings) {

        static final Facts NONE = new Facts(List.of(), List.of(), List.of(), List.of());
    }

    static final String PAGES_DIR = "pages";
    private static final Pattern VERSION_FILE = Pattern.compile("(.+)/(\\d+\\.\\d+)\\.md");
    private static final Pattern DIRECTIVE = Pattern.compile("^(\\s*)::: ([a-z_]+)(.*)$");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z_]+)=\"([^\"]*)\"");
    private static final Pattern DATA_SLUG = Pattern.compile("--(.+?)--(?:chart|table)-format\\.csv$");
    private static final Pattern LABELLED_PERIOD = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)\\s*$");
    private static final Pattern ROUNDING = Pattern.compile("(\\d+)dp");
    private static final Pattern UNIT_SYMBOL = Pattern.compile("^([%£€$])\\1*(bn|m)?$");
    private static final Map<String, String> BANDING =
            Map.of("quintile", "quintile", "sevenCategories", "seven-groups", "zscore", "zscore");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReferenceData reference;
    private final List<Repair> findings = new ArrayList<>();

    PresentationImporter(ReferenceData reference) {
        this.reference = reference;
    }

    /** Where a page version belongs, from the published measures.csv. */
    private record PageRef(String measure, String edition, String status) {}

    /**
     * Reads every page under {@code publishedDir/pages}. {@code chartTypes} holds the chart types of the rows served
     * for each {@code edition/measure}, so a section links only to rows that exist.
     */
    Facts importPages(Path publishedDir, Map<String, Set<String>> chartTypes) {
        Map<String, PageRef> refs = pageRefs(publishedDir);
        Map<String, List<ParsedPage>> byMeasure = new LinkedHashMap<>();
        for (Path file : files(publishedDir.resolve(PAGES_DIR))) {
            String relative = publishedDir.relativize(file).toString().replace('\\', '/');
            String inPages = relative.substring(PAGES_DIR.length() + 1);
            Matcher name = VERSION_FILE.matcher(inPages);
            PageRef ref = name.matches() ? refs.get(name.group(1) + "/" + name.group(2)) : null;
            if (ref == null) {
                findings.add(new Repair(
                        RepairRule.NOT_A_MEASURE_PAGE, relative, 1, "no measure page version in " + "measures.csv"));
                continue;
            }
            ParsedPage page = PageParser.parse(relative, read(file, relative), name.group(2), ref);
            byMeasure.computeIfAbsent(ref.measure(), k -> new ArrayList<>()).add(page);
        }
        List<Page> pages = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<CaveatUse> caveats = new ArrayList<>();
        byMeasure.forEach((measure, versions) -> {
            versions.sort(Comparator.comparingInt(p -> versionOrder(p.version)));
            for (ParsedPage p : versions) {
                pages.add(page(p, p == versions.get(0)));
            }
            Map<String, ParsedPage> latestByEdition = new LinkedHashMap<>();
            versions.forEach(p -> latestByEdition.put(p.ref.edition(), p));
            latestByEdition
                    .values()
                    .forEach(p -> addSections(
                            p, chartTypes.getOrDefault(p.ref.edition() + "/" + measure, Set.of()), sections, caveats));
        });
        return new Facts(pages, sections, caveats, List.copyOf(findings));
    }

    private Page page(ParsedPage p, boolean first) {
        boolean correction = p.ref.status().equals("revision");
        String change = first ? "first-publication" : correction ? "correction" : "new-edition";
        String note = correction
                ? reference.corrections.stream()
                        .filter(c -> c.edition().equals(p.ref.edition())
                                && c.measure().equals(p.ref.measure())
                                && c.pageVersion().equals(p.version))
                        .map(ReferenceData.Correction::reason)
                        .findFirst()
                        .orElseThrow(() -> new ImportException(
                                p.file,
                                "correction " + p.version + " of " + p.ref.measure()
                                        + " has no reason in reference/corrections.csv"))
                : "";
        return new Page(
                p.ref.measure(), p.ref.edition(), p.version, p.published, change, note, p.dataSource, p.file + ":1");
    }

    private void addSections(ParsedPage p, Set<String> chartTypes, List<Section> sections, List<CaveatUse> caveats) {
        String measure = p.ref.measure();
        String edition = p.ref.edition();
        // A page states reversePolarity on its map; its other charts show the same measure the same way round.
        Optional<Boolean> pagePolarity = p.sections.stream()
                .map(s -> s.reversePolarity)
                .filter(r -> r != null)
                .findFirst();
        int position = 0;
        for (ParsedSection s : p.sections) {
            position++;
            if (s.visualisation == null) {
                findings.add(new Repair(
                        RepairRule.SECTION_WITHOUT_VISUALISATION,
                        p.file,
                        s.line,
                        "section '" + s.heading + "' has a table but no chart or map"));
            }
            JsonNode chart = s.visualisation != null ? s.visualisation : s.table;
            Boolean polarity = s.reversePolarity != null ? s.reversePolarity : pagePolarity.orElse(null);
            JsonNode domain = s.visualisation == null ? null : s.visualisation.get("domain");
            boolean hasDomain = domain != null
                    && domain.isArray()
                    && domain.size() == 2
                    && domain.get(0).isNumber()
                    && domain.get(1).isNumber();
            sections.add(new Section(
                    measure,
                    edition,
                    p.version,
                    s.key,
                    s.heading,
                    position,
                    text(chart, "title"),
                    s.visualisation == null ? "table" : s.visType,
                    s.decimals() == null ? "" : s.decimals().toString(),
                    unitSymbol(text(s.visualisation, "scale")),
                    polarity == null ? "" : polarity.toString(),
                    BANDING.getOrDefault(text(s.visualisation, "dataFormat"), ""),
                    hasDomain ? domain.get(0).decimalValue().toPlainString() : "",
                    hasDomain ? domain.get(1).decimalValue().toPlainString() : "",
                    p.timePeriod(s.heading),
                    chartType(dataFile(s), chartTypes),
                    p.file + ":" + s.line));
            // An inset and a warning can say the same thing; the section lists each code once.
            Set<String> codes = new LinkedHashSet<>();
            s.caveats.forEach(block -> codes.addAll(classify(p.file, block, false)));
            addCaveats(measure, edition, s.key, codes, caveats);
        }
        if (p.aboutNotes != null) {
            addCaveats(measure, edition, "", classify(p.file, p.aboutNotes, true), caveats);
        }
    }

    private static void addCaveats(
            String measure, String edition, String section, Collection<String> codes, List<CaveatUse> caveats) {
        int order = 0;
        for (String code : codes) {
            caveats.add(new CaveatUse(measure, edition, section, code, ++order));
        }
    }

    /** The codes whose keywords occur in the block, in the reference table's order; none is reported. */
    private List<String> classify(String file, CaveatBlock block, boolean about) {
        String words = block.text
                .toLowerCase(Locale.ROOT)
                .replace('\u2018', '\'')
                .replace('\u2019', '\'')
                .replaceAll("\\s+", " ");
        List<String> codes = reference.caveats.stream()
                .filter(c -> c.kind().equals("about") == about)
                .filter(c -> c.keywords().stream().anyMatch(words::contains))
                .map(ReferenceData.CaveatInfo::code)
                .toList();
        if (codes.isEmpty()) {
            findings.add(new Repair(
                    RepairRule.UNCLASSIFIED_CAVEAT, file, block.line, block.kind + " block matches no caveat code"));
        }
        return codes;
    }

    /** The file a section's chart reads (the first series' file where it draws several), else its table's. */
    private static String dataFile(ParsedSection s) {
        if (s.visualisation == null) {
            return text(s.table, "dataTable");
        }
        JsonNode data = s.visualisation.get("data");
        return data != null && data.isArray() && data.size() > 0
                ? text(data.get(0), "data")
                : text(s.visualisation, "data");
    }

    /** The first chart type the file's slug can feed that the served rows carry; empty where none does. */
    private String chartType(String dataFile, Set<String> present) {
        Matcher slug = DATA_SLUG.matcher(dataFile);
        if (!slug.find()) {
            return "";
        }
        String kind = slug.group(1).split("--")[0];
        return reference.sectionChartTypes.getOrDefault(kind, List.of()).stream()
                .filter(present::contains)
                .findFirst()
                .orElse("");
    }

    /** A symbol the client can print beside numbers ("%", "£", "£bn"); a word such as "Ratio" is not one. */
    static String unitSymbol(String scale) {
        Matcher m = UNIT_SYMBOL.matcher(scale);
        return m.matches() ? m.group(1) + (m.group(2) == null ? "" : m.group(2)) : "";
    }

    private Map<String, PageRef> pageRefs(Path publishedDir) {
        CsvTable measures = CsvTable.read(publishedDir.resolve("measures.csv"), "measures.csv");
        measures.require("release", "edition", "status", "indicator_slug", "file");
        Map<String, PageRef> refs = new LinkedHashMap<>();
        for (CsvTable.Row row : measures.rows()) {
            Matcher file = PublishedImporter.FILE_NAME.matcher(
                    Path.of(measures.get(row, "file")).getFileName().toString());
            if (!file.matches()) {
                throw new ImportException(
                        "measures.csv",
                        row.line(),
                        measures.column("file"),
                        "file name does not follow <CODE>-<version>-<measure>--full-dataset.csv");
            }
            if (!reference.measures.containsKey(file.group(3))) {
                throw new ImportException(
                        "measures.csv",
                        row.line(),
                        measures.column("file"),
                        "measure '" + file.group(3) + "' is not in the measure catalogue");
            }
            refs.put(
                    measures.get(row, "indicator_slug") + "/" + measures.get(row, "release"),
                    new PageRef(file.group(3), measures.get(row, "edition"), measures.get(row, "status")));
        }
        return refs;
    }

    /** Page versions in (major, minor) order: 2.1 after 2.0, 10.0 after 9.0. */
    static int versionOrder(String version) {
        String[] parts = version.split("\\.");
        return Integer.parseInt(parts[0]) * 1000 + Integer.parseInt(parts[1]);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isTextual() ? "" : value.asText().strip();
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ImportException(dir.toString(), "pages folder is missing");
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new ImportException(dir.toString(), "cannot be listed: " + e.getMessage());
        }
    }

    private static String read(Path file, String relative) {
        try {
            return CsvTable.decode(relative, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ImportException(relative, "cannot be read: " + e.getMessage());
        }
    }

    /** An inset, warning or "Things you need to know" block: its kind, first line and words. */
    private record CaveatBlock(String kind, int line, String text) {}

    private static final class ParsedSection {
        final String heading;
        final String key;
        final int line;
        String visType;
        JsonNode visualisation;
        JsonNode table;
        Boolean reversePolarity;
        final List<CaveatBlock> caveats = new ArrayList<>();

        ParsedSection(String heading, String key, int line) {
            this.heading = heading;
            this.key = key;
            this.line = line;
        }

        /** What the Commission printed: the table's decimal places, else the chart's rounding. */
        Integer decimals() {
            JsonNode places = table == null ? null : table.get("dataTableDecimalPlaces");
            Integer printed = null;
            if (places != null && places.isArray()) {
                for (JsonNode n : places) {
                    if (n.isInt() && (printed == null || n.asInt() > printed)) {
                        printed = n.asInt();
                    }
                }
            }
            Matcher rounding = ROUNDING.matcher(text(visualisation, "rounding"));
            return printed != null ? printed : rounding.matches() ? Integer.valueOf(rounding.group(1)) : null;
        }
    }

    private static final class ParsedPage {
        final String file;
        final String version;
        final PageRef ref;
        String published;
        String dataSource = "";
        final List<String> periodLines = new ArrayList<>();
        final List<ParsedSection> sections = new ArrayList<>();
        CaveatBlock aboutNotes;

        ParsedPage(String file, String version, PageRef ref) {
            this.file = file;
            this.version = version;
            this.ref = ref;
        }

        /**
         * The period the "Time period" list gives for a section: the line naming its heading (exactly, else as one
         * of several headings it lists), or the only line when the page gives one period for everything.
         */
        String timePeriod(String heading) {
            String wanted = heading.toLowerCase(Locale.ROOT);
            String topic = wanted.startsWith("by ") ? wanted.substring(3) : wanted;
            List<String[]> labelled = new ArrayList<>();
            for (String line : periodLines) {
                Matcher m = LABELLED_PERIOD.matcher(line);
                if (m.matches()) {
                    labelled.add(new String[] {m.group(1), m.group(2).toLowerCase(Locale.ROOT)});
                }
            }
            return labelled.stream()
                    .filter(l -> l[1].equals(wanted))
                    .findFirst()
                    .or(() -> labelled.stream()
                            .filter(l -> l[1].startsWith("by ") && l[1].contains(topic))
                            .findFirst())
                    .map(l -> l[0])
                    .orElse(
                            periodLines.size() == 1 && labelled.stream().noneMatch(l -> l[1].startsWith("by "))
                                    ? periodLines.get(0)
                                    : "");
        }
    }

    /** A line-by-line reader of one page's Markdown with its block directives. */
    private static final class PageParser {
        private final String file;
        private final String[] lines;
        private final ParsedPage page;
        /** Every ## section in page order; those with a chart or table become the page's sections. */
        private final List<ParsedSection> pending = new ArrayList<>();

        private final Set<String> keys = new LinkedHashSet<>();
        private int i;

        private PageParser(String file, String text, ParsedPage page) {
            this.file = file;
            this.lines = text.split("\r?\n", -1);
            this.page = page;
        }

        static ParsedPage parse(String file, String text, String version, PageRef ref) {
            PageParser parser = new PageParser(file, text, new ParsedPage(file, version, ref));
            parser.frontMatter();
            parser.body();
            return parser.page;
        }

        private void frontMatter() {
            if (lines.length == 0 || !lines[0].strip().equals("---")) {
                throw new ImportException(file, 1, 1, "page does not start with front matter ('---')");
            }
            for (i = 1; i < lines.length && !lines[i].strip().equals("---"); i++) {
                if (lines[i].startsWith("date:")) {
                    String date = lines[i].substring(5).strip();
                    try {
                        page.published = LocalDate.parse(date).toString();
                    } catch (DateTimeParseException e) {
                        throw new ImportException(
                                file, i + 1, lines[i].indexOf(date) + 1, "date '" + date + "' is not YYYY-MM-DD");
                    }
                }
            }
            if (i == lines.length) {
                throw new ImportException(file, 1, 1, "front matter is not closed with '---'");
            }
            if (page.published == null) {
                throw new ImportException(file, i + 1, 1, "front matter has no date");
            }
            i++;
        }

        private void body() {
            ParsedSection current = null;
            String about = null;
            for (; i < lines.length; i++) {
                String line = lines[i];
                if (line.startsWith("## ")) {
                    String heading =
                            line.substring(3).replaceAll("<a [^>]*/?>", "").strip();
                    about = heading.equalsIgnoreCase("About the data") ? "" : null;
                    current = about == null ? new ParsedSection(heading, uniqueKey(heading), i + 1) : null;
                    if (current != null) {
                        pending.add(current);
                    }
                    continue;
                }
                if (about != null && line.startsWith("### ")) {
                    about = line.substring(4).strip().toLowerCase(Locale.ROOT);
                    if (about.startsWith("things you need to know")) {
                        page.aboutNotes = new CaveatBlock("about", i + 1, aboutText(i + 1));
                    }
                    continue;
                }
                if (about != null) {
                    aboutLine(about, line);
                    continue;
                }
                Matcher directive = DIRECTIVE.matcher(line);
                if (directive.matches()) {
                    // Composite-index pages open with their chart before any heading; its tab names the section.
                    String named = attribute(directive.group(3), "section_name");
                    if (current == null && named != null) {
                        current = new ParsedSection(named, uniqueKey(named), i + 1);
                        pending.add(current);
                    }
                    if (current != null) {
                        directive(current, directive.group(2), directive.group(3));
                    }
                }
            }
            pending.stream()
                    .filter(s -> s.visualisation != null || s.table != null)
                    .forEach(page.sections::add);
        }

        private String uniqueKey(String heading) {
            String base = heading.toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-|-$", "");
            String key = base;
            for (int n = 2; !keys.add(key); n++) {
                key = base + "-" + n;
            }
            return key;
        }

        private void aboutLine(String subsection, String line) {
            String item = line.strip().replaceFirst("^\\* ", "").strip();
            if (item.isEmpty() || item.equals("---")) {
                return;
            }
            if (subsection.equals("data source") && page.dataSource.isEmpty()) {
                page.dataSource = item.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                        .replace("*", "")
                        .replaceAll("\\.$", "")
                        .strip();
            } else if (subsection.equals("time period")) {
                page.periodLines.add(item);
            }
        }

        /** The text of an About subsection from {@code from} to the next heading or rule. */
        private String aboutText(int from) {
            StringBuilder text = new StringBuilder();
            for (int j = from;
                    j < lines.length
                            && !lines[j].startsWith("#")
                            && !lines[j].strip().equals("---");
                    j++) {
                text.append(lines[j]).append('\n');
            }
            return text.toString();
        }

        private void directive(ParsedSection section, String name, String attributes) {
            int start = i + 1;
            switch (name) {
                case "visualisation" -> {
                    JsonNode json = json(block());
                    if (section.visualisation == null) {
                        section.visType = attribute(attributes, "vis_type");
                        if (section.visType == null || !Set.of("chart", "map").contains(section.visType)) {
                            throw new ImportException(
                                    file,
                                    start,
                                    lines[start - 1].indexOf(":::") + 1,
                                    "visualisation needs vis_type=\"chart\" or \"map\"");
                        }
                        section.visualisation = json;
                    }
                    JsonNode reverse = json.get("reversePolarity");
                    if (reverse != null && reverse.isBoolean() && section.reversePolarity == null) {
                        section.reversePolarity = reverse.asBoolean();
                    }
                }
                case "data_table" -> {
                    JsonNode json = json(block());
                    if (section.table == null) {
                        section.table = json;
                    }
                }
                case "inset_text", "warning" ->
                    section.caveats.add(new CaveatBlock(name, start, String.join("\n", block().lines)));
                default -> {
                    // tabs, tab, download_section and the like arrange the page; they carry no facts
                }
            }
        }

        private static String attribute(String attributes, String name) {
            Matcher m = ATTRIBUTE.matcher(attributes);
            while (m.find()) {
                if (m.group(1).equals(name)) {
                    return m.group(2);
                }
            }
            return null;
        }

        /** The lines of a block after its directive line, up to its closing ':::'. */
        private record Block(int firstLine, List<String> lines) {}

        private Block block() {
            int directiveLine = i;
            List<String> body = new ArrayList<>();
            for (i++; i < lines.length; i++) {
                if (lines[i].strip().equals(":::")) {
                    return new Block(directiveLine + 2, body);
                }
                body.add(lines[i]);
            }
            throw new ImportException(
                    file, directiveLine + 1, lines[directiveLine].indexOf(":::") + 1, "block is not closed with ':::'");
        }

        private JsonNode json(Block block) {
            try {
                JsonNode node = JSON.readTree(String.join("\n", block.lines()));
                if (node == null || !node.isObject()) {
                    throw new ImportException(file, block.firstLine(), 1, "block holds no JSON object");
                }
                return node;
            } catch (JsonProcessingException e) {
                var at = e.getLocation();
                int line = at == null ? 0 : Math.max(at.getLineNr(), 1) - 1;
                int column = at == null ? 1 : Math.max(at.getColumnNr(), 1);
                throw new ImportException(
                        file, block.firstLine() + line, column, "malformed JSON: " + e.getOriginalMessage());
            }
        }
    }
}
