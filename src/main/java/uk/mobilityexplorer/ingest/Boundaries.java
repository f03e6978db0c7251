package uk.mobilityexplorer.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Area outlines read from the published GeoJSON and TopoJSON files (longitude/latitude), and the one question the
 * importer asks of them: which region holds most of an area. Only what that needs: rings and point-in-polygon.
 */
public final class Boundaries {

    /** One area's outline as closed rings of [lon, lat] points; holes and islands are just more rings (even-odd rule). */
    public static final class Shape {
        private final List<double[][]> rings;
        /** Per ring, then for the whole shape: minX, minY, maxX, maxY; most rings are skipped on these alone. */
        private final double[][] ringBoxes;

        private final double[] box;

        Shape(List<double[][]> rings) {
            this.rings = List.copyOf(rings);
            this.ringBoxes = rings.stream().map(Shape::boxOf).toArray(double[][]::new);
            this.box = new double[] {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (double[] b : ringBoxes) {
                box[0] = Math.min(box[0], b[0]);
                box[1] = Math.min(box[1], b[1]);
                box[2] = Math.max(box[2], b[2]);
                box[3] = Math.max(box[3], b[3]);
            }
        }

        public boolean contains(double x, double y) {
            if (!within(box, x, y)) {
                return false;
            }
            boolean inside = false;
            for (int r = 0; r < ringBoxes.length; r++) {
                if (!within(ringBoxes[r], x, y)) {
                    continue;
                }
                double[][] ring = rings.get(r);
                for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
                    if ((ring[i][1] > y) != (ring[j][1] > y)
                            && x
                                    < (ring[j][0] - ring[i][0]) * (y - ring[i][1]) / (ring[j][1] - ring[i][1])
                                            + ring[i][0]) {
                        inside = !inside;
                    }
                }
            }
            return inside;
        }

        private static boolean within(double[] b, double x, double y) {
            return x >= b[0] && y >= b[1] && x <= b[2] && y <= b[3];
        }

        private static double[] boxOf(double[][] ring) {
            double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (double[] p : ring) {
                b[0] = Math.min(b[0], p[0]);
                b[1] = Math.min(b[1], p[1]);
                b[2] = Math.max(b[2], p[0]);
                b[3] = Math.max(b[3], p[1]);
            }
            return b;
        }
    }

    /** The region holding the largest part of an area, and that part's share of the area (0 to 1). */
    public record Overlap(String regionCode, double share) {}

    /** Grid points sampled inside an area: enough to tell a region holding most of it, few enough to stay quick. */
    static final int MIN_POINTS = 200;

    private Boundaries() {}

    /**
     * The region covering most of {@code area}, measured on a regular grid of points laid over the area (at least
     * {@link #MIN_POINTS} of them inside it). Points that fall in no region (coastlines simplified differently in the
     * two files) are left out of the share. Empty when no point of the area lies in any region.
     */
    public static Optional<Overlap> largestOverlap(Shape area, Map<String, Shape> regions) {
        double minX = area.box[0], minY = area.box[1], maxX = area.box[2], maxY = area.box[3];
        double width = maxX - minX;
        double height = maxY - minY;
        for (int cells = MIN_POINTS * 4; cells <= MIN_POINTS * 4096; cells *= 4) {
            double step = Math.sqrt(width * height / cells);
            Map<String, Integer> counts = new LinkedHashMap<>();
            int inside = 0;
            for (double y = minY + step / 2; y < maxY; y += step) {
                for (double x = minX + step / 2; x < maxX; x += step) {
                    if (!area.contains(x, y)) {
                        continue;
                    }
                    inside++;
                    for (var region : regions.entrySet()) {
                        if (region.getValue().contains(x, y)) {
                            counts.merge(region.getKey(), 1, Integer::sum);
                            break;
                        }
                    }
                }
            }
            if (inside >= MIN_POINTS) {
                int covered =
                        counts.values().stream().mapToInt(Integer::intValue).sum();
                return counts.entrySet().stream()
                        .max(Map.Entry.comparingByValue())
                        .map(e -> new Overlap(e.getKey(), (double) e.getValue() / covered));
            }
        }
        return Optional.empty();
    }

    /** GeoJSON features (Polygon or MultiPolygon) keyed by the value of {@code codeProperty}. */
    public static Map<String, Shape> readGeoJson(Path file, String codeProperty) {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        for (JsonNode feature : AreaDirectory.readJson(file).path("features")) {
            JsonNode geometry = feature.path("geometry");
            List<double[][]> rings = new ArrayList<>();
            for (JsonNode polygon : polygons(geometry, "coordinates")) {
                for (JsonNode ring : polygon) {
                    double[][] points = new double[ring.size()][];
                    for (int i = 0; i < ring.size(); i++) {
                        points[i] = new double[] {
                            ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()
                        };
                    }
                    rings.add(points);
                }
            }
            shapes.put(feature.path("properties").path(codeProperty).asText(), new Shape(rings));
        }
        return shapes;
    }

    /**
     * TopoJSON geometries of the file's single object keyed by the value of {@code nameProperty}. Arcs are
     * quantised and delta-encoded; a negative arc index {@code ~i} means arc {@code i} reversed.
     */
    public static Map<String, Shape> readTopoJson(Path file, String nameProperty) {
        JsonNode topology = AreaDirectory.readJson(file);
        JsonNode scale = topology.path("transform").path("scale");
        JsonNode translate = topology.path("transform").path("translate");
        List<double[][]> arcs = new ArrayList<>();
        for (JsonNode arc : topology.path("arcs")) {
            double[][] points = new double[arc.size()][];
            long x = 0;
            long y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asLong();
                y += arc.get(i).get(1).asLong();
                points[i] = new double[] {
                    x * scale.get(0).asDouble() + translate.get(0).asDouble(),
                    y * scale.get(1).asDouble() + translate.get(1).asDouble()
                };
            }
            arcs.add(points);
        }
        Map<String, Shape> shapes = new LinkedHashMap<>();
        JsonNode object = topology.path("objects").elements().next();
        for (JsonNode geometry : object.path("geometries")) {
            List<double[][]> rings = new ArrayList<>();
            for (JsonNode polygon : polygons(geometry, "arcs")) {
                for (JsonNode ring : polygon) {
                    rings.add(ring(ring, arcs));
                }
            }
            shapes.put(geometry.path("properties").path(nameProperty).asText(), new Shape(rings));
        }
        return shapes;
    }

    /** A geometry's polygons, each a list of rings in {@code member}: a Polygon is a MultiPolygon of one. */
    private static JsonNode polygons(JsonNode geometry, String member) {
        return geometry.path("type").asText().equals("MultiPolygon")
                ? geometry.path(member)
                : new ObjectMapper().createArrayNode().add(geometry.path(member));
    }

    private static double[][] ring(JsonNode arcIndexes, List<double[][]> arcs) {
        List<double[]> points = new ArrayList<>();
        for (JsonNode index : arcIndexes) {
            int i = index.asInt();
            double[][] arc = arcs.get(i < 0 ? ~i : i);
            for (int k = 0; k < arc.length; k++) {
                double[] p = arc[i < 0 ? arc.length - 1 - k : k];
                // Consecutive arcs share their joining point; keep it once.
                if (k > 0 || points.isEmpty()) {
                    points.add(p);
                }
            }
        }
        return points.toArray(double[][]::new);
    }
}
