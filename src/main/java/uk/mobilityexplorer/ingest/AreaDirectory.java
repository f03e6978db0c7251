package uk.mobilityexplorer.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every area the published files talk about, with official codes, and the name lookup that replaces the files'
 * unreliable area codes. Names are matched without regard to case, within the vintage that fits the file.
 */
public final class AreaDirectory {

    /** One area. {@code vintages} lists the boundary sets it belongs to, e.g. "ITL2-2021 ITL2-2025". */
    public record Area(
            String code, String name, String type, String parent, String vintages, String slug, String componentCodes) {

        List<String> toCsv() {
            return List.of(code, name, type, parent == null ? "" : parent, vintages, slug, componentCodes);
        }
    }

    /** Which boundary set a file's area names belong to. */
    public enum Vintage {
        ITL2_2021,
        ITL2_2025,
        SMC_203,
        SMC_205
    }

    private static final String[] ENGLISH_ITL1 = {"TLC", "TLD", "TLE", "TLF", "TLG", "TLH", "TLI", "TLJ", "TLK"};

    /** The name lookups, each used for the files of one kind (see {@link #resolve}). */
    private enum Lookup {
        GENERAL,
        ITL1,
        ITL2_2025,
        SMC_203,
        SMC_205
    }

    /** The project's own copy of the directory, written with the seed so the service can import without the geography. */
    public static final String AREAS_FILE = "area-directory.csv";

    public static final String NAMES_FILE = "area-names.csv";

    private final Map<String, Area> byCode = new TreeMap<>();
    private final Map<Lookup, Map<String, String>> lookups = new EnumMap<>(Lookup.class);
    private final Map<String, String> general = lookup(Lookup.GENERAL);
    private final Map<String, String> itl1 = lookup(Lookup.ITL1);
    private final Map<String, String> itl2of2025 = lookup(Lookup.ITL2_2025);
    private final Map<String, String> smc203 = lookup(Lookup.SMC_203);
    private final Map<String, String> smc205 = lookup(Lookup.SMC_205);

    private AreaDirectory() {}

    /** Builds the directory from the reference tables and the published geography files (ONS boundaries, SMC areas). */
    public static AreaDirectory fromPublished(ReferenceData reference, Path geographyDir) {
        AreaDirectory d = new AreaDirectory();
        d.readPublished(reference, geographyDir);
        return d;
    }

    /** Reads the directory back from the two files written from {@link #areaRows} and {@link #nameRows}. */
    public static AreaDirectory read(String areasName, Reader areas, String namesName, Reader names) {
        AreaDirectory d = new AreaDirectory();
        CsvTable.scan(
                areasName,
                areas,
                (t, row) -> d.byCode.put(
                        t.get(row, "code"),
                        new Area(
                                t.get(row, "code"),
                                t.get(row, "name"),
                                t.get(row, "type"),
                                t.get(row, "parent_code"),
                                t.get(row, "vintages"),
                                t.get(row, "slug"),
                                t.get(row, "component_codes"))));
        CsvTable.scan(namesName, names, (t, row) -> {
            Lookup lookup;
            try {
                lookup = Lookup.valueOf(t.get(row, "lookup"));
            } catch (IllegalArgumentException e) {
                throw new ImportException(
                        namesName, row.line(), t.column("lookup"), "unknown lookup '" + t.get(row, "lookup") + "'");
            }
            d.lookups.get(lookup).put(t.get(row, "name_key"), t.get(row, "code"));
        });
        return d;
    }

    /** Every known area, in code order, as rows of {@link SeedTable#AREA}'s columns. */
    public List<List<String>> areaRows() {
        return byCode.values().stream().map(Area::toCsv).toList();
    }

    /** Every name lookup, sorted, as rows of (lookup, name_key, code), so the output depends only on the input. */
    public List<List<String>> nameRows() {
        List<List<String>> rows = new ArrayList<>();
        lookups.forEach((lookup, index) ->
                new TreeMap<>(index).forEach((name, code) -> rows.add(List.of(lookup.name(), name, code))));
        return rows;
    }

    private Map<String, String> lookup(Lookup lookup) {
        return lookups.computeIfAbsent(lookup, l -> new HashMap<>());
    }

    private void readPublished(ReferenceData reference, Path geographyDir) {
        for (var a : reference.areas) {
            add(new Area(a.code(), a.name(), a.type(), a.parent(), "", "", ""), general);
        }
        JsonNode itl1Features =
                readJson(geographyDir.resolve("ITL1_JAN_2021_UK_BUC.geojson")).path("features");
        for (JsonNode f : itl1Features) {
            String code = f.path("properties").path("ITL121CD").asText();
            String name = f.path("properties").path("ITL121NM").asText();
            if (List.of(ENGLISH_ITL1).contains(code)) {
                add(new Area(code, name, "itl1", "E92000001", "ITL1-2021", "", ""), itl1);
            }
        }
        readItl2(geographyDir.resolve("ITL2_JAN_2021_UK_BUC.geojson"), "ITL221", "ITL2-2021", general);
        readItl2(geographyDir.resolve("ITL2_JAN_2025_UK_BUC.geojson"), "ITL225", "ITL2-2025", itl2of2025);
        readSmc(geographyDir.resolve("smc-areas/203_regions_codes.json"), "203_regions", "SMC203", smc203);
        readSmc(geographyDir.resolve("smc-areas/205_regions_codes.json"), "205_regions", "SMC205", smc205);
        for (var e : reference.areaAliases.entrySet()) {
            String alias = e.getKey().substring(0, e.getKey().indexOf('|'));
            Map<String, String> index = e.getValue().scope().equals("itl1") ? itl1 : general;
            index.putIfAbsent(alias, e.getValue().code());
        }
    }

    private void readItl2(Path file, String prefix, String vintage, Map<String, String> index) {
        for (JsonNode f : readJson(file).path("features")) {
            String code = f.path("properties").path(prefix + "CD").asText();
            String name = f.path("properties").path(prefix + "NM").asText();
            Area existing = byCode.get(code);
            if (existing != null) {
                byCode.put(
                        code,
                        new Area(code, name, "itl2", existing.parent(), existing.vintages() + " " + vintage, "", ""));
                index.put(key(name), code);
            } else {
                String region = code.substring(0, 3);
                String parent = List.of(ENGLISH_ITL1).contains(region) ? region : countryOfItl(region);
                add(new Area(code, name, "itl2", parent, vintage, "", ""), index);
            }
        }
    }

    private void readSmc(Path file, String listName, String vintage, Map<String, String> index) {
        for (JsonNode area : readJson(file).path(listName)) {
            String slug = area.path("url").asText();
            List<String> codes = new ArrayList<>();
            area.path("codes").forEach(c -> codes.add(c.asText()));
            // Slugs carry punctuation (e.g. a comma in Bournemouth, Christchurch and Poole); codes keep a-z, 0-9, '-'.
            String code = vintage + "-"
                    + slug.toLowerCase(Locale.ROOT)
                            .replaceAll("[^a-z0-9]+", "-")
                            .replaceAll("(^-|-$)", "");
            String parent = codes.isEmpty() ? uk.mobilityexplorer.domain.Area.UK_CODE : countryOfGss(codes.get(0));
            add(
                    new Area(
                            code,
                            area.path("name").asText(),
                            vintage.toLowerCase(Locale.ROOT),
                            parent,
                            vintage,
                            slug,
                            String.join(" ", codes)),
                    index);
        }
    }

    private void add(Area area, Map<String, String> index) {
        byCode.put(area.code(), area);
        index.put(key(area.name()), area.code());
    }

    /** Adds a local authority named in a file together with its GSS code (the one file type whose codes are right). */
    public String addLocalAuthority(String gssCode, String name) {
        byCode.putIfAbsent(gssCode, new Area(gssCode, name, "la", countryOfGss(gssCode), "LA", "", ""));
        return gssCode;
    }

    public boolean isLocalAuthorityCode(String code) {
        return code.matches("[EWSN]\\d{8}") && !code.matches("[EWSN]92\\d{6}");
    }

    /**
     * @param hint the file's own area type, used only to pick the lookup (ITL1 names and ITL2 names overlap)
     * @return the area code, or null where no area of that name exists
     */
    public String resolve(String name, String hint, Vintage vintage) {
        String k = key(name);
        String h = hint.toLowerCase(Locale.ROOT);
        if (h.equals("local authority") || h.startsWith("smc ge")) {
            if (vintage == Vintage.SMC_203) {
                return smc203.get(k);
            }
            if (vintage == Vintage.SMC_205) {
                return smc205.get(k);
            }
        }
        if ((h.equals("national") || h.equals("itl1")) && itl1.containsKey(k)) {
            return itl1.get(k);
        }
        if (vintage == Vintage.ITL2_2025 && itl2of2025.containsKey(k)) {
            return itl2of2025.get(k);
        }
        return general.get(k);
    }

    public Area get(String code) {
        return byCode.get(code);
    }

    public List<Area> all() {
        return new ArrayList<>(byCode.values());
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String countryOfItl(String itl1Code) {
        return switch (itl1Code) {
            case "TLL" -> "W92000004";
            case "TLM" -> "S92000003";
            case "TLN" -> "N92000002";
            default -> "E92000001";
        };
    }

    private static String countryOfGss(String gss) {
        return switch (gss.charAt(0)) {
            case 'W' -> "W92000004";
            case 'S' -> "S92000003";
            case 'N' -> "N92000002";
            default -> "E92000001";
        };
    }

    /** A published JSON file (GeoJSON, TopoJSON, the Commission's area lists); unreadable stops the import. */
    static JsonNode readJson(Path file) {
        try {
            return new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ImportException(file.toString(), "cannot be read as JSON: " + e.getMessage());
        }
    }
}
