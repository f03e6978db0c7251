package uk.mobilityexplorer.staticclient.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** Reads the resources' path data (M x y l dx dy ... z) back into polygons, so tests can check the shapes as drawn. */
final class PathGeometry {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final Pattern RING = Pattern.compile("M(-?\\d+) (-?\\d+)l([-\\d ]+)z");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+");

    private PathGeometry() {
    }

    /** The area the path fills under the non-zero rule (shells and holes wound oppositely, none crossing). */
    static Geometry of(String d) {
        List<LinearRing> rings = new ArrayList<>();
        Matcher ring = RING.matcher(d);
        while (ring.find()) {
            List<Coordinate> points = new ArrayList<>();
            double x = Integer.parseInt(ring.group(1));
            double y = Integer.parseInt(ring.group(2));
            points.add(new Coordinate(x, y));
            Matcher n = NUMBER.matcher(ring.group(3));
            while (n.find()) {
                x += Integer.parseInt(n.group());
                n.find();
                y += Integer.parseInt(n.group());
                points.add(new Coordinate(x, y));
            }
            points.add(points.get(0).copy());
            rings.add(FACTORY.createLinearRing(points.toArray(Coordinate[]::new)));
        }
        // The encoder winds shells clockwise and holes anticlockwise (in the y-up sense JTS uses).
        List<LinearRing> shells = rings.stream().filter(r -> !Orientation.isCCW(r.getCoordinateSequence())).toList();
        List<Polygon> polygons = new ArrayList<>();
        for (LinearRing shell : shells) {
            Polygon outline = FACTORY.createPolygon(shell);
            LinearRing[] holes = rings.stream()
                    .filter(r -> Orientation.isCCW(r.getCoordinateSequence()))
                    .filter(r -> outline.covers(FACTORY.createPoint(r.getCoordinateN(0))))
                    .toArray(LinearRing[]::new);
            polygons.add(FACTORY.createPolygon(shell, holes));
        }
        return FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }
}
