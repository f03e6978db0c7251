package uk.mobilityexplorer.staticclient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns the ONS ITL2 (January 2021) ultra-generalised boundaries into projected, simplified SVG paths, one line per
 * region, so the map needs no geometry work at site-generation time. Usage:
 * {@code BoundarySimplifier <ITL2_JAN_2021_UK_BUC.geojson> <out.tsv>}. Output is deterministic.
 */
public final class BoundarySimplifier {

    /** Map frame in SVG units; the UK is about 1.7 times taller than wide on this projection. */
    static final int WIDTH = 400;
    static final int HEIGHT = 680;
    private static final double WEST = -8.7;
    private static final double EAST = 1.8;
    private static final double NORTH = 60.9;
    private static final double SOUTH = 49.8;
    private static final double LAT0 = Math.toRadians(55);
    private static final double TOLERANCE = 0.8;

    private BoundarySimplifier() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode features = new ObjectMapper().readTree(Files.readAllBytes(Path.of(args[0]))).path("features");
        Map<String, String> lines = new TreeMap<>();
        for (JsonNode f : features) {
            String code = f.path("properties").path("ITL221CD").asText();
            String name = f.path("properties").path("ITL221NM").asText();
            JsonNode geometry = f.path("geometry");
            List<JsonNode> polygons = new ArrayList<>();
            if (geometry.path("type").asText().equals("Polygon")) {
                polygons.add(geometry.path("coordinates"));
            } else {
                geometry.path("coordinates").forEach(polygons::add);
            }
            StringBuilder path = new StringBuilder();
            for (JsonNode polygon : polygons) {
                for (JsonNode ring : polygon) {
                    List<double[]> points = new ArrayList<>();
                    ring.forEach(p -> points.add(project(p.get(0).asDouble(), p.get(1).asDouble())));
                    List<double[]> simple = simplify(points, TOLERANCE);
                    if (simple.size() < 4) {
                        continue;
                    }
                    for (int i = 0; i < simple.size(); i++) {
                        path.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", simple.get(i)[0], simple.get(i)[1]));
                    }
                    path.append('Z');
                }
            }
            lines.put(code, code + "\t" + name + "\t" + path);
        }
        Files.writeString(Path.of(args[1]), String.join("\n", lines.values()) + "\n", StandardCharsets.UTF_8);
    }

    static double[] project(double lon, double lat) {
        double xSpan = (EAST - WEST) * Math.cos(LAT0);
        double x = (lon - WEST) * Math.cos(LAT0) / xSpan * WIDTH;
        double y = (NORTH - lat) / (NORTH - SOUTH) * HEIGHT;
        return new double[] {x, y};
    }

    /** Douglas–Peucker line simplification in SVG units. */
    static List<double[]> simplify(List<double[]> points, double tolerance) {
        if (points.size() < 3) {
            return points;
        }
        int index = 0;
        double max = 0;
        double[] a = points.get(0);
        double[] b = points.get(points.size() - 1);
        for (int i = 1; i < points.size() - 1; i++) {
            double d = distance(points.get(i), a, b);
            if (d > max) {
                max = d;
                index = i;
            }
        }
        if (max <= tolerance) {
            return List.of(a, b);
        }
        List<double[]> left = simplify(points.subList(0, index + 1), tolerance);
        List<double[]> right = simplify(points.subList(index, points.size()), tolerance);
        List<double[]> out = new ArrayList<>(left.subList(0, left.size() - 1));
        out.addAll(right);
        return out;
    }

    private static double distance(double[] p, double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double len = Math.hypot(dx, dy);
        if (len == 0) {
            return Math.hypot(p[0] - a[0], p[1] - a[1]);
        }
        return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / len;
    }
}
