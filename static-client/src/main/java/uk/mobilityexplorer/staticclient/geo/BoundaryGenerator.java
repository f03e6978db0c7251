package uk.mobilityexplorer.staticclient.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * Turns the published boundary files into the committed map resources under {@code boundaries/maps/}: projected, simplified
 * as a coverage (neighbours keep one common border), rounded to integers, with a label point per area and a London inset.
 * Run by hand from the repository root when a boundary file changes, then commit the four files:
 * <pre>
 * mvn -B -q -f static-client compile exec:java -Dexec.mainClass=uk.mobilityexplorer.staticclient.geo.BoundaryGenerator \
 *     -Dexec.args="/work/shared/smc-data/geography static-client/src/main/resources/boundaries/maps"
 * </pre>
 * Output is deterministic, so an unchanged source gives an unchanged file.
 */
public final class BoundaryGenerator {

    /** Triangles smaller than this squared (in map units) are cut away: about 0.7 km, one pixel at 1000 px wide. */
    static final double TOLERANCE = 1.0;
    /** The map frame shared by every boundary set, in map units. */
    static final Box FRAME = new Box(0, 0, 1000, 1815);
    /** London drawn 3.7 times larger: as large as fits in the empty North Sea without widening the map. */
    static final double INSET_SCALE = 3.7;
    /** Inset frame's top-right corner: over the North Sea, south of Orkney and east of the Moray Firth and Buchan. */
    static final int INSET_RIGHT = 995;
    static final int INSET_TOP = 258;
    private static final int INSET_PADDING = 8;
    /** Room above London, inside the frame, for the inset's caption (about 10 px when the map is 320 px wide). */
    private static final int INSET_CAPTION = 30;

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private BoundaryGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BoundaryGenerator <smc-data geography folder> <output folder>");
        }
        Path geography = Path.of(args[0]);
        Path out = Path.of(args[1]);
        write(out.resolve("smc-areas-2024.tsv"), "UK203regions-simplify2percent.topojson",
                smcAreas(geography, "UK203regions-simplify2percent.topojson", "203_regions_codes.json", "203_regions", "SMC203"));
        write(out.resolve("smc-areas-2025.tsv"), "UK205regions-2025.topojson",
                smcAreas(geography, "UK205regions-2025.topojson", "205_regions_codes.json", "205_regions", "SMC205"));
        write(out.resolve("itl2-2021.tsv"), "ITL2_JAN_2021_UK_BUC.geojson",
                itl2Areas(geography.resolve("ITL2_JAN_2021_UK_BUC.geojson"), "ITL221"));
        write(out.resolve("itl2-2025.tsv"), "ITL2_JAN_2025_UK_BUC.geojson",
                itl2Areas(geography.resolve("ITL2_JAN_2025_UK_BUC.geojson"), "ITL225"));
    }

    /**
     * The Commission's areas keyed as the API keys them ({@code SMC205-<slug>}); the boundary file names each area
     * (property {@code Newname}) and the codes file gives its slug and councils, matched on the name in any case.
     */
    static List<SourceArea> smcAreas(Path geography, String topoJson, String codesJson, String listName, String prefix)
            throws IOException {
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode area : new ObjectMapper().readTree(geography.resolve("smc-areas").resolve(codesJson).toFile())
                .path(listName)) {
            byName.put(area.path("name").asText().toLowerCase(Locale.ROOT), area);
        }
        Topology topology;
        try (InputStream in = Files.newInputStream(geography.resolve("smc-areas").resolve(topoJson))) {
            topology = new TopoJsonReader(FACTORY).read(in);
        }
        List<SourceArea> areas = new ArrayList<>();
        for (List<Feature> features : topology.objects().values()) {
            for (Feature f : features) {
                String name = f.property("Newname");
                JsonNode codes = byName.get(name.toLowerCase(Locale.ROOT));
                if (codes == null) {
                    throw new IllegalArgumentException(codesJson + " has no area named '" + name + "'");
                }
                boolean london = true;
                for (JsonNode council : codes.path("codes")) {
                    london &= council.asText().startsWith("E09");
                }
                areas.add(new SourceArea(smcKey(prefix, codes.path("url").asText()), name, london, f.geometry()));
            }
        }
        return areas;
    }

    /** The same rule as the API's area directory: slug lower-cased, runs of other characters made one hyphen. */
    static String smcKey(String prefix, String slug) {
        return prefix + "-" + slug.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** ONS ITL2 regions keyed by their TL code; London's regions are the TLI ones. */
    static List<SourceArea> itl2Areas(Path geoJson, String propertyPrefix) throws IOException {
        List<SourceArea> areas = new ArrayList<>();
        try (InputStream in = Files.newInputStream(geoJson)) {
            for (Feature f : new GeoJsonReader(FACTORY).read(in)) {
                String code = f.property(propertyPrefix + "CD");
                areas.add(new SourceArea(code, f.property(propertyPrefix + "NM"), code.startsWith("TLI"), f.geometry()));
            }
        }
        return areas;
    }

    /**
     * Simplifies the areas together, after repairing them into a clean coverage where the source is not one, and puts
     * the result on the integer grid the path data is written on.
     */
    static Geometry[] simplifiedCoverage(List<Geometry> projected, double tolerance) {
        Geometry[] repaired = CoverageRepair.repair(projected.toArray(Geometry[]::new));
        return CoverageRepair.snapToIntegerGrid(CoverageSimplifier.simplify(repaired, tolerance));
    }

    /** Where the London inset goes and how London is moved there. */
    record InsetPlacement(Box frame, AffineTransformation transform) {

        static InsetPlacement around(List<Geometry> london) {
            Envelope extent = new Envelope();
            london.forEach(g -> extent.expandToInclude(g.getEnvelopeInternal()));
            int width = (int) Math.ceil(extent.getWidth() * INSET_SCALE) + 2 * INSET_PADDING;
            int height = (int) Math.ceil(extent.getHeight() * INSET_SCALE) + 2 * INSET_PADDING + INSET_CAPTION;
            Box frame = new Box(INSET_RIGHT - width, INSET_TOP, INSET_RIGHT, INSET_TOP + height);
            AffineTransformation transform = AffineTransformation.translationInstance(-extent.getMinX(), -extent.getMinY())
                    .scale(INSET_SCALE, INSET_SCALE)
                    .translate(frame.minX() + INSET_PADDING, frame.minY() + INSET_PADDING + INSET_CAPTION);
            return new InsetPlacement(frame, transform);
        }
    }

    /** The resource's lines: a comment, the view box, the inset frame, then one line per area and per inset area. */
    static List<String> lines(String source, List<SourceArea> areas) {
        List<Geometry> projected = areas.stream().map(a -> UkProjection.project(a.geometry())).toList();
        Geometry[] simplified = simplifiedCoverage(projected, TOLERANCE);
        List<String> lines = new ArrayList<>();
        lines.add("# Generated by BoundaryGenerator from " + source + "; do not edit. Source: Office for National Statistics"
                + " licensed under the Open Government Licence v.3.0, Contains OS data (c) Crown copyright and database right.");
        lines.add("view-box\t" + FRAME.text());
        List<Integer> londonIndexes = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            if (areas.get(i).inLondon()) {
                londonIndexes.add(i);
            }
        }
        InsetPlacement inset = InsetPlacement.around(londonIndexes.stream().map(projected::get).toList());
        lines.add("inset\tLondon\t" + inset.frame().text());
        List<String> areaLines = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            Box bounds = addArea(areaLines, "area", areas.get(i), simplified[i]);
            if (!FRAME.contains(bounds)) {
                throw new IllegalStateException(areas.get(i).name() + " lies outside the map frame: " + bounds);
            }
            if (bounds.intersects(inset.frame()) && simplified[i].intersects(FACTORY.toGeometry(envelope(inset.frame())))) {
                throw new IllegalStateException("the London inset would cover " + areas.get(i).name());
            }
        }
        Geometry[] insetShapes = simplifiedCoverage(
                londonIndexes.stream().map(i -> inset.transform().transform(projected.get(i))).toList(), TOLERANCE);
        for (int j = 0; j < londonIndexes.size(); j++) {
            addArea(areaLines, "inset-area", areas.get(londonIndexes.get(j)), insetShapes[j]);
        }
        lines.addAll(areaLines);
        return lines;
    }

    private static Envelope envelope(Box box) {
        return new Envelope(box.minX(), box.maxX(), box.minY(), box.maxY());
    }

    private static Box addArea(List<String> lines, String kind, SourceArea area, Geometry shape) {
        PathData.Encoded path = PathData.encode(shape);
        Point label = MaximumInscribedCircle.getCenter(largestPart(shape), 0.5);
        lines.add(String.join("\t", kind, area.key(), area.name(),
                Math.round(label.getX()) + " " + Math.round(label.getY()), path.bounds().text(), path.d()));
        return path.bounds();
    }

    /** Labels go in the largest part, so an area's label sits on its mainland rather than on an island. */
    private static Geometry largestPart(Geometry shape) {
        Geometry largest = shape.getGeometryN(0);
        for (int i = 1; i < shape.getNumGeometries(); i++) {
            if (shape.getGeometryN(i).getArea() > largest.getArea()) {
                largest = shape.getGeometryN(i);
            }
        }
        return largest;
    }

    private static void write(Path file, String source, List<SourceArea> areas) throws IOException {
        Files.writeString(file, String.join("\n", lines(source, areas)) + "\n", StandardCharsets.UTF_8);
    }
}
