package uk.mobilityexplorer.ingest;

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

    static final String NAMES_FILE = "local-authority-names.csv";

    /**
     * One council. {@code status} is current or retired; {@code replacedBy} lists the codes that took over a retired
     * council's area; {@code smcLink} says how the Commission's area was found: listed (the Commission lists the
     * code), through-successor, through-predecessor or none. Each ITL2 region comes with the share of the
     * Commission area inside it (1 when the area lies wholly inside), so approximate links show.
     */
    public record Council(
            String code,
            String name,
            String status,
            List<String> replacedBy,
            String smcLink,
            String smc2024,
            String smc2025,
            Boundaries.Overlap itl2,
            Boundaries.Overlap itl2of2025,
            String nation) {

        List<String> toCsv() {
            return List.of(
                    code,
                    name,
                    status,
                    String.join(" ", replacedBy),
                    smcLink,
                    smc2024,
                    smc2025,
                    code(itl2),
                    share(itl2),
                    code(itl2of2025),
                    share(itl2of2025),
                    nation);
        }

        /** The council and every area it links to. */
        List<String> areaCodes() {
            return List.of(code, smc2024, smc2025, code(itl2), code(itl2of2025));
        }

        private static String code(Boundaries.Overlap overlap) {
            return overlap == null ? "" : overlap.regionCode();
        }

        /** Two decimals: the grid measures shares to about half a percent. */
        private static String share(Boundaries.Overlap overlap) {
            return overlap == null ? "" : String.format(Locale.ROOT, "%.2f", overlap.share());
        }
    }

    private final List<Council> councils = new ArrayList<>();

    private CouncilDirectory() {}

    public static CouncilDirectory fromPublished(ReferenceData reference, AreaDirectory areas, Path geographyDir) {
        CouncilDirectory d = new CouncilDirectory();
        d.build(reference, areas, geographyDir);
        return d;
    }

    public List<Council> all() {
        return List.copyOf(councils);
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
            predecessors
                    .computeIfAbsent(change.newCode(), k -> new ArrayList<>())
                    .add(change.oldCode());
        }
        Map<String, Map<String, Boundaries.Shape>> outlines = Map.of(
                "smc203",
                        byLowerCaseName(Boundaries.readTopoJson(
                                geographyDir.resolve("smc-areas/UK203regions-simplify2percent.topojson"), "Newname")),
                "smc205",
                        byLowerCaseName(Boundaries.readTopoJson(
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
            councils.add(new Council(
                    code,
                    name,
                    successors.containsKey(code) ? "retired" : "current",
                    successors.getOrDefault(code, List.of()),
                    link,
                    smc2024,
                    smc2025,
                    itl2.regionOf(smc),
                    itl2of2025.regionOf(smc),
                    area == null ? "" : area.parent()));
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
                        throw new ImportException(
                                "geography/smc-areas",
                                "council " + council + " is listed in both " + previous + " and " + a.code());
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
        private final Map<String, Boundaries.Overlap> found = new HashMap<>();

        /** @param outlines the Commission areas' outlines by area type, then by lower-cased name */
        RegionFinder(
                AreaDirectory areas,
                Map<String, Map<String, Boundaries.Shape>> outlines,
                Path geographyDir,
                String regionsFile,
                String codeProperty) {
            this.areas = areas;
            this.outlines = outlines;
            this.regionsFile = "geography/" + regionsFile;
            this.regions = Boundaries.readGeoJson(geographyDir.resolve(regionsFile), codeProperty);
        }

        Boundaries.Overlap regionOf(String smcCode) {
            if (smcCode.isEmpty()) {
                return null;
            }
            return found.computeIfAbsent(smcCode, code -> {
                AreaDirectory.Area area = areas.get(code);
                Boundaries.Shape outline =
                        outlines.get(area.type()).get(area.name().toLowerCase(Locale.ROOT));
                if (outline == null) {
                    throw new ImportException(
                            "geography/smc-areas", "no boundary for the Commission area '" + area.name() + "'");
                }
                return Boundaries.largestOverlap(outline, regions)
                        .orElseThrow(() -> new ImportException(
                                regionsFile, "no region overlaps the Commission area '" + area.name() + "'"));
            });
        }
    }

    private static Map<String, Boundaries.Shape> byLowerCaseName(Map<String, Boundaries.Shape> shapes) {
        Map<String, Boundaries.Shape> map = new HashMap<>();
        shapes.forEach((name, shape) -> map.put(name.toLowerCase(Locale.ROOT), shape));
        return map;
    }
}
