package uk.mobilityexplorer.staticclient.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;

/**
 * Rebuilds a set of area boundaries as a clean polygonal coverage. The Commission's TopoJSON files were simplified as
 * topologies, which keeps neighbours on shared arcs but lets arcs cross themselves and each other (52 of the 203
 * areas are not valid polygons). Here every boundary line is noded, the plane is cut into faces, and each face goes to
 * the area that encloses it by the even-odd rule; the few slivers at crossings that two areas or none enclose go to
 * the candidate they share most border with. Shared borders stay exactly shared, so the result can be simplified as
 * a coverage. The same rebuild, on snap-rounded borders, puts the simplified coverage on the integer grid.
 */
final class CoverageRepair {

    /**
     * Unclaimed faces up to this size (map units squared, about 2 km²) are slivers between crossing arcs or left by
     * snapping; larger ones are real holes. A sliver of a few grid cells is invisible at any size the map is drawn.
     */
    private static final double SLIVER_AREA = 4.0;

    private CoverageRepair() {
    }

    /** A valid coverage, one geometry per input area in the same order; a valid coverage is returned unchanged. */
    static Geometry[] repair(Geometry[] areas) {
        // The coverage check assumes valid polygons, so a border that crosses only itself passes it.
        if (Arrays.stream(areas).allMatch(Geometry::isValid) && CoverageValidator.isValid(areas)) {
            return areas;
        }
        return rebuild(areas, OverlayNGRobust.union(borders(areas)));
    }

    /**
     * The coverage with every vertex on the integer grid. Rounding each point on its own could fold a narrow part over
     * itself or onto a neighbour; snap-rounding all borders together and rebuilding the faces cannot.
     */
    static Geometry[] snapToIntegerGrid(Geometry[] areas) {
        return rebuild(areas, UnaryUnionNG.union(areas[0].getFactory().buildGeometry(borders(areas)), new PrecisionModel(1)));
    }

    private static List<Geometry> borders(Geometry[] areas) {
        return Arrays.stream(areas).map(Geometry::getBoundary).toList();
    }

    /** Cuts the plane along the noded borders and gives each face to an area. */
    private static Geometry[] rebuild(Geometry[] areas, Geometry nodedBorders) {
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(nodedBorders);
        // Normalised and sorted, so that the same input always gives the same faces in the same order.
        @SuppressWarnings("unchecked")
        List<Geometry> faces = ((Collection<Polygon>) polygonizer.getPolygons()).stream()
                .map(Geometry::norm).sorted().toList();
        int[] owner = new int[faces.size()];
        Map<Integer, List<Integer>> contested = new LinkedHashMap<>();
        for (int f = 0; f < faces.size(); f++) {
            List<Integer> claimers = claimers(faces.get(f), areas);
            owner[f] = claimers.size() == 1 ? claimers.get(0) : -1;
            if (claimers.size() > 1 || (claimers.isEmpty() && faces.get(f).getArea() <= SLIVER_AREA)) {
                contested.put(f, claimers);
            }
        }
        STRtree index = new STRtree();
        for (int f = 0; f < faces.size(); f++) {
            index.insert(faces.get(f).getEnvelopeInternal(), f);
        }
        contested.forEach((f, claimers) -> owner[f] = sharesMostBorderWith(f, faces, owner, index, claimers));
        List<List<Geometry>> parts = new ArrayList<>();
        for (int i = 0; i < areas.length; i++) {
            parts.add(new ArrayList<>());
        }
        for (int f = 0; f < faces.size(); f++) {
            if (owner[f] >= 0) {
                parts.get(owner[f]).add(faces.get(f));
            }
        }
        Geometry[] repaired = new Geometry[areas.length];
        for (int i = 0; i < areas.length; i++) {
            if (parts.get(i).isEmpty()) {
                throw new IllegalStateException("area " + i + " has no face left after repair");
            }
            // A full overlay rather than a coverage union: where faces meet at a single point it gives valid polygons.
            repaired[i] = OverlayNGRobust.union(parts.get(i)).norm();
        }
        return repaired;
    }

    /** Areas whose rings enclose the face's interior an odd number of times. */
    private static List<Integer> claimers(Geometry face, Geometry[] areas) {
        Coordinate p = face.getInteriorPoint().getCoordinate();
        List<Integer> claimers = new ArrayList<>();
        for (int i = 0; i < areas.length; i++) {
            if (!areas[i].getEnvelopeInternal().contains(p)) {
                continue;
            }
            boolean inside = false;
            for (int g = 0; g < areas[i].getNumGeometries(); g++) {
                Polygon polygon = (Polygon) areas[i].getGeometryN(g);
                inside ^= encloses(polygon.getExteriorRing(), p);
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    inside ^= encloses(polygon.getInteriorRingN(h), p);
                }
            }
            if (inside) {
                claimers.add(i);
            }
        }
        return claimers;
    }

    private static boolean encloses(LineString ring, Coordinate p) {
        return RayCrossingCounter.locatePointInRing(p, ring.getCoordinateSequence()) != Location.EXTERIOR;
    }

    /** The area, among the candidates (any area when there are none), owning most of the face's border. */
    private static int sharesMostBorderWith(int face, List<Geometry> faces, int[] owner, STRtree index,
            List<Integer> candidates) {
        Map<Integer, Double> border = new HashMap<>();
        Geometry boundary = faces.get(face).getBoundary();
        for (Object o : index.query(faces.get(face).getEnvelopeInternal())) {
            int other = (Integer) o;
            if (other != face && owner[other] >= 0 && (candidates.isEmpty() || candidates.contains(owner[other]))) {
                border.merge(owner[other], boundary.intersection(faces.get(other).getBoundary()).getLength(), Double::sum);
            }
        }
        return border.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .max(Map.Entry.<Integer, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(candidates.isEmpty() ? -1 : candidates.get(0));
    }
}
