package uk.mobilityexplorer.staticclient.geo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** Reads a TopoJSON topology of polygons and multipolygons (the shape of the Commission's area files). */
public final class TopoJsonReader {

    private final GeometryFactory factory;

    public TopoJsonReader(GeometryFactory factory) {
        this.factory = factory;
    }

    public Topology read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        if (!"Topology".equals(root.path("type").asText())) {
            throw new IllegalArgumentException("not a TopoJSON topology: type is '" + root.path("type").asText() + "'");
        }
        List<Coordinate[]> arcs = decodeArcs(root.path("arcs"), root.path("transform"));
        Map<String, List<Feature>> objects = new LinkedHashMap<>();
        root.path("objects").fields().forEachRemaining(e -> {
            List<Feature> features = new ArrayList<>();
            collect(e.getValue(), arcs, features);
            objects.put(e.getKey(), List.copyOf(features));
        });
        return new Topology(List.copyOf(arcs), objects);
    }

    /** Quantized topologies store each arc as a first position followed by deltas, in units of the transform. */
    private static List<Coordinate[]> decodeArcs(JsonNode arcs, JsonNode transform) {
        boolean quantized = !transform.isMissingNode();
        double scaleX = quantized ? transform.path("scale").path(0).asDouble() : 1;
        double scaleY = quantized ? transform.path("scale").path(1).asDouble() : 1;
        double translateX = quantized ? transform.path("translate").path(0).asDouble() : 0;
        double translateY = quantized ? transform.path("translate").path(1).asDouble() : 0;
        List<Coordinate[]> decoded = new ArrayList<>(arcs.size());
        for (JsonNode arc : arcs) {
            Coordinate[] points = new Coordinate[arc.size()];
            double x = 0;
            double y = 0;
            for (int i = 0; i < arc.size(); i++) {
                JsonNode position = arc.get(i);
                if (quantized) {
                    x += position.get(0).asDouble();
                    y += position.get(1).asDouble();
                    points[i] = new Coordinate(x * scaleX + translateX, y * scaleY + translateY);
                } else {
                    points[i] = new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
                }
            }
            decoded.add(points);
        }
        return decoded;
    }

    private void collect(JsonNode object, List<Coordinate[]> arcs, List<Feature> into) {
        String type = object.path("type").asText();
        switch (type) {
            case "GeometryCollection" -> object.path("geometries").forEach(g -> collect(g, arcs, into));
            case "Polygon" -> into.add(new Feature(properties(object), polygon(object.path("arcs"), arcs)));
            case "MultiPolygon" -> {
                List<Polygon> parts = new ArrayList<>();
                object.path("arcs").forEach(p -> parts.add(polygon(p, arcs)));
                into.add(new Feature(properties(object), factory.createMultiPolygon(parts.toArray(Polygon[]::new))));
            }
            default -> throw new IllegalArgumentException("unsupported TopoJSON geometry type '" + type + "'");
        }
    }

    private static Map<String, String> properties(JsonNode object) {
        Map<String, String> properties = new LinkedHashMap<>();
        object.path("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), e.getValue().asText()));
        return properties;
    }

    private Polygon polygon(JsonNode rings, List<Coordinate[]> arcs) {
        LinearRing shell = ring(rings.get(0), arcs);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), arcs);
        }
        return factory.createPolygon(shell, holes);
    }

    /** A ring is a chain of arcs; a negative index ~i means arc i reversed, and each arc starts where the last ended. */
    private LinearRing ring(JsonNode arcIndexes, List<Coordinate[]> arcs) {
        List<Coordinate> points = new ArrayList<>();
        for (JsonNode index : arcIndexes) {
            int i = index.asInt();
            Coordinate[] arc = arcs.get(i >= 0 ? i : ~i);
            List<Coordinate> chain = new ArrayList<>(Arrays.asList(arc));
            if (i < 0) {
                Collections.reverse(chain);
            }
            points.addAll(points.isEmpty() ? chain : chain.subList(1, chain.size()));
        }
        return factory.createLinearRing(points.stream().map(Coordinate::copy).toArray(Coordinate[]::new));
    }
}
