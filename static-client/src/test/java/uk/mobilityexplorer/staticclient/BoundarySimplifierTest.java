package uk.mobilityexplorer.staticclient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class BoundarySimplifierTest {

    @Test
    void dropsPointsWithinToleranceAndKeepsTheEnds() {
        List<double[]> line = List.of(new double[] {0, 0}, new double[] {5, 0.1}, new double[] {10, 0});
        List<double[]> simple = BoundarySimplifier.simplify(line, 0.5);
        assertEquals(2, simple.size());
        assertArrayEquals(new double[] {10, 0}, simple.get(1));
    }

    @Test
    void keepsACornerBeyondTolerance() {
        List<double[]> line = List.of(new double[] {0, 0}, new double[] {5, 5}, new double[] {10, 0});
        assertEquals(3, BoundarySimplifier.simplify(line, 0.5).size());
    }

    @Test
    void committedBoundariesHoldAllFortyOneRegions() {
        assertEquals(41, ChoroplethMap.draw("m", "t", "d", java.util.Map.of(), List.of(), "#fff").regions().size());
    }
}
