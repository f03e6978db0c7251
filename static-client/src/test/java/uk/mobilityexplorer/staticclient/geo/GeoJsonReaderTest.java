package uk.mobilityexplorer.staticclient.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;

class GeoJsonReaderTest {

    private static List<Feature> read(String json) throws IOException {
        return new GeoJsonReader(new GeometryFactory()).read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void polygonsAndMultipolygons_keepPropertiesAndHoles() throws IOException {
        List<Feature> features = read("""
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"ITL221CD": "TLX1", "ITL221NM": "Square with a hole", "LAT": 50.5},
                   "geometry": {"type": "Polygon", "coordinates": [[[0,0],[4,0],[4,4],[0,4],[0,0]], [[1,1],[1,2],[2,2],[2,1],[1,1]]]}},
                  {"type": "Feature", "properties": {"ITL221CD": "TLX2", "ITL221NM": "Two islands"},
                   "geometry": {"type": "MultiPolygon", "coordinates": [[[[5,0],[6,0],[6,1],[5,0]]], [[[7,0],[8,0],[8,1],[7,0]]]]}}
                ]}""");
        assertEquals("TLX1", features.get(0).property("ITL221CD"));
        assertEquals("50.5", features.get(0).property("LAT"));
        assertEquals(15.0, features.get(0).geometry().getArea(), 1e-12);
        assertEquals(2, features.get(1).geometry().getNumGeometries());
        assertEquals(1.0, features.get(1).geometry().getArea(), 1e-12);
    }

    @Test
    void missingProperty_isNamedInTheError() throws IOException {
        Feature feature = read("""
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                 "geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,0]]]}}]}""").get(0);
        var e = assertThrows(IllegalArgumentException.class, () -> feature.property("ITL225CD"));
        assertEquals("boundary has no property 'ITL225CD': {}", e.getMessage());
    }

    @Test
    void notAFeatureCollection_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> read("{\"type\": \"Topology\"}"));
    }
}
