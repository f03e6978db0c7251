package uk.mobilityexplorer.staticclient.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** The fixture is two unit squares, West and East, whose common border is arc 0, used forwards by one, reversed by the other. */
class TopoJsonReaderTest {

    private static Topology fixture() throws IOException {
        try (InputStream in = TopoJsonReaderTest.class.getResourceAsStream("/geo/two-squares.topojson")) {
            return new TopoJsonReader(new GeometryFactory()).read(in);
        }
    }

    @Test
    void quantizedArcs_areDeltaDecodedAndTransformed() throws IOException {
        List<Coordinate[]> arcs = fixture().arcs();
        assertArrayEquals(new Coordinate[] {new Coordinate(11, 50), new Coordinate(11, 51)}, arcs.get(0));
        assertArrayEquals(new Coordinate[] {new Coordinate(11, 51), new Coordinate(10, 51), new Coordinate(10, 50),
                new Coordinate(11, 50)}, arcs.get(1));
    }

    @Test
    void features_carryTheirNamesAndClosedRings() throws IOException {
        List<Feature> areas = fixture().object("areas");
        assertEquals(List.of("West", "East"), areas.stream().map(f -> f.property("Newname")).toList());
        assertEquals(1.0, areas.get(0).geometry().getArea(), 1e-12);
        assertEquals(1.0, areas.get(1).geometry().getArea(), 1e-12);
        assertEquals("MultiPolygon", areas.get(1).geometry().getGeometryType());
    }

    @Test
    void neighbours_meetExactlyOnTheSharedArc() throws IOException {
        List<Feature> areas = fixture().object("areas");
        Geometry west = areas.get(0).geometry();
        Geometry east = areas.get(1).geometry();
        Geometry border = west.intersection(east);
        assertEquals(1.0, border.getLength(), 1e-12);
        assertEquals(0.0, border.getArea());
        assertTrue(CoverageValidator.isValid(new Geometry[] {west, east}));
    }

    @Test
    void unknownObject_namesTheObjectsThereAre() throws IOException {
        Topology topology = fixture();
        var e = assertThrows(IllegalArgumentException.class, () -> topology.object("regions"));
        assertTrue(e.getMessage().contains("[areas]"), e.getMessage());
    }

    @Test
    void lineGeometries_areRejected() {
        String json = "{\"type\":\"Topology\",\"arcs\":[[[0,0],[1,1]]],\"objects\":{\"roads\":"
                + "{\"type\":\"LineString\",\"arcs\":[0]}}}";
        var e = assertThrows(IllegalArgumentException.class, () -> new TopoJsonReader(new GeometryFactory())
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("LineString"), e.getMessage());
    }
}
