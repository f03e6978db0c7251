package uk.mobilityexplorer.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every UK council the ONS names, linked to the Commission's area that contains it in 2024 (203 areas) and 2025
 * (205 areas), and through that area to its nation and to the ITL2 region (2021 and 2025 boundaries) that covers
 * most of it. The Commission lists its areas' council codes; a council whose code is not listed (retired, or newer
 * than the Commission's lists) is linked through the code history in {@code reference/council-code-changes.csv}.
 * The ITL2 region is measured on the boundaries, as no published file links councils to ITL2 regions.
 */
public final class CouncilDirectory {

    public static final String FILE = "councils.csv";
    static final String NAMES_FILE = "local-authority-names.csv";
    static final List<String> COLUMNS = List.of("code", "name", "status", "replaced_by", "smc_link", "smc_2024",
            "smc_2025", "itl2", "itl2_2025", "nation");

    /** Below this share of an area inside one ITL2 region, the link is reported as approximate. */
    static final double WHOLE_AREA_SHARE = 0.9;

    /**
     * One council. {@code status} is current or retired; {@code replacedBy} lists the codes that took over a retired
     * council's area; {@code smcLink} says how the Commission's area was found: listed (the Commission lists the
     * code), through-successor, through-predecessor or none.
     */
    public record Council(String code, String name, String status, List<String> replacedBy, String smcLink,
            String smc2024, String smc2025, String itl2, String itl2of2025, String nation) {

        List<String> toCsv() {
            return List.of(code, name, status, String.join(" ", replacedBy), smcLink, smc2024, smc2025, itl2,
                    itl2of2025, nation);
        }
    }

    private final List<Council> councils = new ArrayList<>();
    private final List<String> report = new ArrayList<>();

    private CouncilDirectory() {
    }

    public static CouncilDirectory fromPublished(ReferenceData reference, AreaDirectory areas, Path geographyDir) {
        CouncilDirectory d = new CouncilDirectory();
        d.build(reference, areas, geographyDir);
        return d;
    }

    public List<Council> all() {
        return List.copyOf(councils);
    }

    /** Councils linked other than by the Commission's own lists, and approximate ITL2 links, as "location: action". */
    public List<String> report() {
        return List.copyOf(report);
    }

    public void write(Path dir) throws IOException {
        SeedWriter.print(dir.resolve(FILE), COLUMNS, councils.stream().map(Council::toCsv).toList());
    }

    private void build(ReferenceData reference, AreaDirectory areas, Path geographyDir) {
        String namesFile = "geography/" + NAMES_FILE;
        CsvTable names = CsvTable.read(geographyDir.resolve(NAMES_FILE), namesFile);
        names.require("code", "name");
        Map<String, String> in2024 = membership(areas, "smc203");
        Map<String, String> in2025 = membership(areas, "smc205");
        Map<String, List<String>> successors = new TreeMap<>();
        Map<String, List<String>> predecessors = new TreeMap<>();
        for (var change : reference.councilCodeChanges) {
            successors.computeIfAbsent(change.oldCode(), k -> new ArrayList<>()).add(change.newCode());
            predecessors.computeIfAbsent(change.newCode(), k -> new ArrayList<>()).add(change.oldCode());
        }
        Map<String, Map<String, Boundaries.Shape>> outlines = Map.of(
                "smc203", byLowerCaseName(Boundaries.readTopoJson(
                        geographyDir.resolve("smc-areas/UK203regions-simplify2percent.topojson"), "Newname")),
                "smc205", byLowerCaseName(Boundaries.readTopoJson(
                        geographyDir.resolve("smc-areas/UK205regions-2025.topojson"), "Newname")));
        var itl2 = new RegionFinder(areas, outlines, geographyDir, "ITL2_JAN_2021_UK_BUC.geojson", "ITL221CD");
        var itl2of2025 = new RegionFinder(areas, outlines, geographyDir, "ITL2_JAN_2025_UK_BUC.geojson", "ITL225CD");

        for (CsvTable.Row row : names.rows()) {
            String code = names.get(row, "code");
            String name = names.get(row, "name");
            String link;
            List<String> via;
            if (in2025.containsKey(code) || in2024.containsKey(code)) {
                link = "listed";
                via = List.of(code);
            } else if (listedAmong(successors.get(code), in2024, in2025)) {
                link = "through-successor";
                via = successors.get(code);
            } else if (listedAmong(predecessors.get(code), in2024, in2025)) {
                link = "through-predecessor";
                via = predecessors.get(code);
            } else {
                link = "none";
                via = List.of();
            }
            String location = namesFile + ":" + row.line();
            String smc2024 = onlyArea(via, in2024, location, name);
            String smc2025 = onlyArea(via, in2025, location, name);
            String smc = smc2025.isEmpty() ? smc2024 : smc2025;
            AreaDirectory.Area area = areas.get(smc);
            councils.add(new Council(code, name, successors.containsKey(code) ? "retired" : "current",
                    successors.getOrDefault(code, List.of()), link, smc2024, smc2025, itl2.regionOf(smc, report),
                    itl2of2025.regionOf(smc, report), area == null ? "" : area.parent()));
            switch (link) {
                case "none" -> report.add(location + ": council " + name + " (" + code
                        + ") is in none of the Commission's areas; kept without an area");
                case "listed" -> {
                }
                default -> report.add(location + ": council " + name + " (" + code + ") is not in the Commission's lists;"
                        + " linked " + link.replace('-', ' ') + " " + String.join(" ", via));
            }
        }
    }

    private static boolean listedAmong(List<String> codes, Map<String, String> in2024, Map<String, String> in2025) {
        return codes != null && codes.stream().anyMatch(c -> in2024.containsKey(c) || in2025.containsKey(c));
    }

    /** The one area of a vintage holding the given codes; several would make the council's area ambiguous. */
    private static String onlyArea(List<String> codes, Map<String, String> membership, String location, String name) {
        Set<String> found = new LinkedHashSet<>();
        codes.forEach(c -> Optional.ofNullable(membership.get(c)).ifPresent(found::add));
        if (found.size() > 1) {
            throw new ImportException(location, "council " + name + " falls in several Commission areas: " + found);
        }
        return found.isEmpty() ? "" : found.iterator().next();
    }

    /** Council code to the code of the Commission area (of one vintage) that lists it. */
    private static Map<String, String> membership(AreaDirectory areas, String type) {
        Map<String, String> byCouncil = new HashMap<>();
        for (AreaDirectory.Area a : areas.all()) {
            if (a.type().equals(type) && !a.componentCodes().isBlank()) {
                for (String council : a.componentCodes().split(" ")) {
                    String previous = byCouncil.put(council, a.code());
                    if (previous != null) {
                        throw new ImportException("geography/smc-areas", "council " + council + " is listed in both "
                                + previous + " and " + a.code());
                    }
                }
            }
        }
        return byCouncil;
    }

    /** The ITL2 region (of one boundary set) covering most of each Commission area, measured once per area. */
    private static final class RegionFinder {
        private final AreaDirectory areas;
        private final String regionsFile;
        private final Map<String, Boundaries.Shape> regions;
        private final Map<String, Map<String, Boundaries.Shape>> outlines;
        private final Map<String, String> found = new HashMap<>();

        /** @param outlines the Commission areas' outlines by area type, then by lower-cased name */
        RegionFinder(AreaDirectory areas, Map<String, Map<String, Boundaries.Shape>> outlines, Path geographyDir,
                String regionsFile, String codeProperty) {
            this.areas = areas;
            this.outlines = outlines;
            this.regionsFile = "geography/" + regionsFile;
            this.regions = Boundaries.readGeoJson(geographyDir.resolve(regionsFile), codeProperty);
        }

        String regionOf(String smcCode, List<String> report) {
            if (smcCode.isEmpty()) {
                return "";
            }
            return found.computeIfAbsent(smcCode, code -> {
                AreaDirectory.Area area = areas.get(code);
                Boundaries.Shape outline = outlines.get(area.type()).get(area.name().toLowerCase(Locale.ROOT));
                if (outline == null) {
                    throw new ImportException("geography/smc-areas", "no boundary for the Commission area '"
                            + area.name() + "'");
                }
                var overlap = Boundaries.largestOverlap(outline, regions).orElseThrow(() -> new ImportException(
                        regionsFile, "no region overlaps the Commission area '" + area.name() + "'"));
                if (overlap.share() < WHOLE_AREA_SHARE) {
                    report.add(regionsFile + ": the Commission area " + area.name() + " is only "
                            + Math.round(overlap.share() * 100) + "% inside " + overlap.regionCode()
                            + "; its councils are linked to that region");
                }
                return overlap.regionCode();
            });
        }
    }

    private static Map<String, Boundaries.Shape> byLowerCaseName(Map<String, Boundaries.Shape> shapes) {
        Map<String, Boundaries.Shape> map = new HashMap<>();
        shapes.forEach((name, shape) -> map.put(name.toLowerCase(Locale.ROOT), shape));
        return map;
    }
}
