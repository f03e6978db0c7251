package uk.mobilityexplorer.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.mobilityexplorer.domain.Coded;
import uk.mobilityexplorer.domain.EditionStatus;

/**
 * The project's own hand-kept reference tables (under {@code reference/} on the classpath): measures, editions,
 * corrections, dimensions, split-type and category synonyms, units, area aliases, caveat codes and the chart types
 * each kind of section feeds.
 */
public final class ReferenceData {

    public record MeasureInfo(
            String id, String domain, String topic, String title, String polarity, String description) {}

    public record EditionInfo(
            String id,
            String title,
            EditionStatus status,
            String publishedOn,
            String rankingMethod,
            String rankingAreaType,
            String rankingAreaCount,
            String rankingGroupCount,
            String rankingDescription) {}

    public record Correction(
            String edition,
            String measure,
            String pageVersion,
            String replacesVersion,
            String publishedOn,
            String reason) {}

    public record DimensionInfo(String code, String label, String kind, String description) {}

    public record SplitRole(String role, String dimension) {}

    public record CategoryAlias(String targetDimension, String code, String label) {}

    public record UnitInfo(String code, String label, String decimals) {}

    public record AreaInfo(String code, String name, String type, String parent) {}

    public record AreaAlias(String code, String scope) {}

    /** A retired council code and a code that took over its area (ONS code history; the project's own table). */
    public record CouncilCodeChange(String oldCode, String newCode, String change) {}

    /** A caveat code of the project's closed list: the blocks it applies to, the words that identify it, our text. */
    public record CaveatInfo(String code, String kind, List<String> keywords, String text) {}

    public final Map<String, MeasureInfo> measures = new LinkedHashMap<>();
    public final Map<String, EditionInfo> editions = new LinkedHashMap<>();
    public final List<Correction> corrections;
    public final Map<String, DimensionInfo> dimensions = new LinkedHashMap<>();
    public final Map<String, SplitRole> splitRoles = new LinkedHashMap<>();
    /** Keyed by dimension + "|" + published spelling. */
    public final Map<String, CategoryAlias> categoryAliases = new LinkedHashMap<>();

    public final Map<String, UnitInfo> units = new LinkedHashMap<>();
    public final List<AreaInfo> areas;
    public final Map<String, AreaAlias> areaAliases = new LinkedHashMap<>();
    public final List<CouncilCodeChange> councilCodeChanges;
    public final List<CaveatInfo> caveats;
    /** The chart types a section's data file feeds, keyed by the file's slug, most likely first. */
    public final Map<String, List<String>> sectionChartTypes = new LinkedHashMap<>();

    public ReferenceData() {
        for (var r : rows("measures.csv")) {
            measures.put(r.get(0), new MeasureInfo(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5)));
        }
        for (var r : rows("editions.csv")) {
            editions.put(
                    r.get(0),
                    new EditionInfo(
                            r.get(0),
                            r.get(1),
                            editionStatus(r.get(2)),
                            r.get(3),
                            r.get(4),
                            r.get(5),
                            r.get(6),
                            r.get(7),
                            r.get(8)));
        }
        corrections = rows("corrections.csv").stream()
                .map(r -> new Correction(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5)))
                .toList();
        for (var r : rows("dimensions.csv")) {
            dimensions.put(r.get(0), new DimensionInfo(r.get(0), r.get(1), r.get(2), r.get(3)));
        }
        for (var r : rows("split-types.csv")) {
            splitRoles.put(r.get(0), new SplitRole(r.get(1), r.get(2)));
        }
        for (var r : rows("categories.csv")) {
            categoryAliases.put(
                    r.get(0) + "|" + r.get(1).toLowerCase(Locale.ROOT),
                    new CategoryAlias(r.get(2), r.get(3), r.get(4)));
        }
        for (var r : rows("units.csv")) {
            units.putIfAbsent(r.get(0).toLowerCase(Locale.ROOT), new UnitInfo(r.get(1), r.get(2), r.get(3)));
        }
        councilCodeChanges = rows("council-code-changes.csv").stream()
                .map(r -> new CouncilCodeChange(r.get(0), r.get(1), r.get(2)))
                .toList();
        caveats = rows("caveats.csv").stream()
                .map(r -> new CaveatInfo(r.get(0), r.get(1), List.of(r.get(2).split("\\|")), r.get(3)))
                .toList();
        for (var r : rows("section-chart-types.csv")) {
            sectionChartTypes.put(r.get(0), List.of(r.get(1).split("\\|")));
        }
        areas = rows("areas.csv").stream()
                .map(r -> new AreaInfo(r.get(0), r.get(1), r.get(2), r.get(3)))
                .toList();
        for (var r : rows("area-aliases.csv")) {
            areaAliases.put(r.get(0).toLowerCase(Locale.ROOT) + "|" + r.get(2), new AreaAlias(r.get(1), r.get(2)));
        }
    }

    /** Split types are matched without regard to case, spaces or stray whitespace. */
    public static String splitKey(String rawType) {
        return rawType.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    private static EditionStatus editionStatus(String code) {
        return Coded.fromCode(EditionStatus.class, code)
                .orElseThrow(() ->
                        new IllegalStateException("reference/editions.csv: unknown edition status '" + code + "'"));
    }

    private static List<List<String>> rows(String file) {
        String path = "reference/" + file;
        try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing reference table " + path);
            }
            CsvTable table = CsvTable.parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return table.rows().stream().map(CsvTable.Row::values).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read reference table " + path, e);
        }
    }
}
