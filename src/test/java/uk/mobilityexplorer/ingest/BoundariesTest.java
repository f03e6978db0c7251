package uk.mobilityexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outlines from GeoJSON and TopoJSON, and the region holding most of an area. */
class BoundariesTest {

    @TempDir
    Path dir;

    private static Boundaries.Shape square(double x0, double y0, double x1, double y1) {
        return new Boundaries.Shape(
                List.<double[][]>of(new double[][] {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}));
    }

    @Test
    void areaAcrossTwoRegions_belongsToTheOneHoldingMostOfIt() {
        var area = square(0, 0, 4, 1);
        var overlap = Boundaries.largestOverlap(area, Map.of("WEST", square(-5, -5, 1, 5), "EAST", square(1, -5, 9, 5)))
                .orElseThrow();
        assertThat(overlap.regionCode()).isEqualTo("EAST");
        assertThat(overlap.share()).isCloseTo(0.75, within(0.02));
    }

    @Test
    void areaInNoRegion_hasNoOverlap() {
        assertThat(Boundaries.largestOverlap(square(0, 0, 1, 1), Map.of("FAR", square(10, 10, 11, 11))))
                .isEmpty();
    }

    @Test
    void holeInAPolygon_isOutsideIt() {
        var ring = new Boundaries.Shape(List.<double[][]>of(
                new double[][] {{0, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 0}},
                new double[][] {{1, 1}, {3, 1}, {3, 3}, {1, 3}, {1, 1}}));
        assertThat(ring.contains(0.5, 0.5)).isTrue();
        assertThat(ring.contains(2, 2)).isFalse();
    }

    @Test
    void topoJsonArcs_areDecodedWithTheTransformAndReversedWhereNegative() throws IOException {
        // Two arcs make a unit square at (10, 50): arc 0 runs along the bottom and right, arc 1 back along the others;
        // the second area walks the same square through arc 1 reversed (~1 = -2) then arc 0 reversed.
        Files.writeString(dir.resolve("t.topojson"), """
                {"type":"Topology","transform":{"scale":[0.5,0.5],"translate":[10,50]},
                 "arcs":[[[0,0],[2,0],[0,2]],[[2,2],[-2,0],[0,-2]]],
                 "objects":{"areas":{"type":"GeometryCollection","geometries":[
                   {"type":"Polygon","arcs":[[0,1]],"properties":{"Newname":"Square"}},
                   {"type":"MultiPolygon","arcs":[[[-2,-1]]],"properties":{"Newname":"Same square"}}]}}}
                """);
        var shapes = Boundaries.readTopoJson(dir.resolve("t.topojson"), "Newname");
        assertThat(shapes.get("Square").contains(10.5, 50.5)).isTrue();
        assertThat(shapes.get("Square").contains(11.5, 50.5)).isFalse();
        assertThat(shapes.get("Same square").contains(10.5, 50.5)).isTrue();
    }

    @Test
    void geoJsonPolygonsAndMultiPolygons_areKeyedByTheCodeProperty() throws IOException {
        Files.writeString(dir.resolve("g.geojson"), """
                {"features":[
                 {"properties":{"CD":"A"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},
                 {"properties":{"CD":"B"},"geometry":{"type":"MultiPolygon","coordinates":[
                   [[[5,5],[6,5],[6,6],[5,6],[5,5]]],[[[8,8],[9,8],[9,9],[8,9],[8,8]]]]}}]}
                """);
        var shapes = Boundaries.readGeoJson(dir.resolve("g.geojson"), "CD");
        assertThat(shapes.get("A").contains(0.5, 0.5)).isTrue();
        assertThat(shapes.get("B").contains(8.5, 8.5)).isTrue();
        assertThat(shapes.get("B").contains(7, 7)).isFalse();
    }
}
