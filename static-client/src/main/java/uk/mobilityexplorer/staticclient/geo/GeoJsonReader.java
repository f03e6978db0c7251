package uk.mobilityexplorer.staticclient.geo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** Reads the polygon features of a GeoJSON feature collection (the shape of the ONS ITL boundary files). */
public final class GeoJsonReader {

    private final GeometryFactory factory;

    public GeoJsonReader(GeometryFactory factory) {
        this.factory = factory;
    }

    public List<Feature> read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        if (!"FeatureCollection".equals(root.path("type").asText())) {
            throw new IllegalArgumentException("not a GeoJSON feature collection: type is '" + root.path("type").asText() + "'");
        }
        List<Feature> features = new ArrayList<>();
        for (JsonNode feature : root.path("features")) {
            Map<String, String> properties = new LinkedHashMap<>();
            feature.path("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), e.getValue().asText()));
            JsonNode geometry = feature.path("geometry");
            String type = geometry.path("type").asText();
            JsonNode coordinates = geometry.path("coordinates");
            features.add(new Feature(properties, switch (type) {
                case "Polygon" -> polygon(coordinates);
                case "MultiPolygon" -> {
                    List<Polygon> parts = new ArrayList<>();
                    coordinates.forEach(p -> parts.add(polygon(p)));
                    yield factory.createMultiPolygon(parts.toArray(Polygon[]::new));
                }
                default -> throw new IllegalArgumentException("unsupported GeoJSON geometry type '" + type + "'");
            }));
        }
        return features;
    }

    private Polygon polygon(JsonNode rings) {
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return factory.createPolygon(ring(rings.get(0)), holes);
    }

    private LinearRing ring(JsonNode positions) {
        Coordinate[] points = new Coordinate[positions.size()];
        for (int i = 0; i < points.length; i++) {
            points[i] = new Coordinate(positions.get(i).get(0).asDouble(), positions.get(i).get(1).asDouble());
        }
        return factory.createLinearRing(points);
    }
}
