package uk.mobilityexplorer.staticclient.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class CoverageRepairTest {

    private static Geometry wkt(String text) throws ParseException {
        return new WKTReader().read(text);
    }

    @Test
    void sharedBorderThatCrossesItself_becomesAValidCoverageOfTheSameArea() throws ParseException {
        // Two halves of a 2 x 2 square whose common border loops over itself at (1 1), as simplified topologies do.
        Geometry west = wkt("POLYGON ((0 0, 1 0, 1 1.2, 1.2 1, 0.8 1, 1 2, 0 2, 0 0))");
        Geometry east = wkt("POLYGON ((1 0, 2 0, 2 2, 1 2, 0.8 1, 1.2 1, 1 1.2, 1 0))");
        assertFalse(west.isValid() || east.isValid());

        Geometry[] repaired = CoverageRepair.repair(new Geometry[] {west, east});

        assertTrue(CoverageValidator.isValid(repaired));
        assertTrue(repaired[0].isValid() && repaired[1].isValid());
        assertEquals(4.0, repaired[0].getArea() + repaired[1].getArea(), 1e-9);
        assertEquals(4.0, repaired[0].union(repaired[1]).getArea(), 1e-9);
    }

    @Test
    void validCoverage_isReturnedAsItIs() throws ParseException {
        Geometry[] coverage = {wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"), wkt("POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))")};
        assertSame(coverage, CoverageRepair.repair(coverage));
    }
}
