package uk.mobilityexplorer.staticclient.geo;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes projected (multi)polygons as compact SVG path data on the integer grid: each ring is an absolute move then
 * relative line steps, so most steps take 4 or 5 characters. Neighbours share vertices before rounding, so they still
 * share them after.
 */
final class PathData {

    private PathData() {
    }

    /** Path data and the bounds of the rounded points; rings that collapse to fewer than three points are dropped. */
    static Encoded encode(Geometry geometry) {
        StringBuilder d = new StringBuilder();
        int[] bounds = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            // Shells and holes wound in opposite directions, so the default non-zero fill rule leaves holes empty.
            Polygon polygon = (Polygon) geometry.getGeometryN(i).norm();
            if (appendRing(d, polygon.getExteriorRing(), bounds)) {
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    appendRing(d, polygon.getInteriorRingN(h), bounds);
                }
            }
        }
        if (d.isEmpty()) {
            throw new IllegalArgumentException("nothing left of a boundary on the integer grid");
        }
        return new Encoded(d.toString(), new Box(bounds[0], bounds[1], bounds[2], bounds[3]));
    }

    /** Encoded path data and its bounds. */
    record Encoded(String d, Box bounds) {
    }

    private static boolean appendRing(StringBuilder d, LineString ring, int[] bounds) {
        List<int[]> points = new ArrayList<>();
        for (Coordinate c : ring.getCoordinates()) {
            int[] p = {(int) Math.round(c.x), (int) Math.round(c.y)};
            int[] last = points.isEmpty() ? null : points.get(points.size() - 1);
            if (last == null || last[0] != p[0] || last[1] != p[1]) {
                points.add(p);
            }
        }
        if (points.size() > 1 && points.get(0)[0] == points.get(points.size() - 1)[0]
                && points.get(0)[1] == points.get(points.size() - 1)[1]) {
            points.remove(points.size() - 1);
        }
        if (points.size() < 3) {
            return false;
        }
        d.append('M').append(points.get(0)[0]).append(' ').append(points.get(0)[1]).append('l');
        for (int i = 1; i < points.size(); i++) {
            int[] p = points.get(i);
            int[] prev = points.get(i - 1);
            appendNumber(d, p[0] - prev[0], i > 1);
            appendNumber(d, p[1] - prev[1], true);
        }
        d.append('z');
        for (int[] p : points) {
            bounds[0] = Math.min(bounds[0], p[0]);
            bounds[1] = Math.min(bounds[1], p[1]);
            bounds[2] = Math.max(bounds[2], p[0]);
            bounds[3] = Math.max(bounds[3], p[1]);
        }
        return true;
    }

    /** A minus sign separates numbers by itself, so only non-negative numbers after another need a space. */
    private static void appendNumber(StringBuilder d, int value, boolean afterNumber) {
        if (afterNumber && value >= 0) {
            d.append(' ');
        }
        d.append(value);
    }
}
