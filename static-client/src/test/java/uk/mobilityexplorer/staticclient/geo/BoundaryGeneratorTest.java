package uk.mobilityexplorer.staticclient.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;

/**
 * Runs the generator's steps on the Commission's 205-area TopoJSON, found where the server's tests find it
 * ({@code -Dsmc.published.dir}, by default {@code ../shared/smc-data} next to the project). The published files are
 * not part of the project, so these tests are skipped, saying why, on a machine without them; where the environment
 * says they must be there ({@code SMC_PUBLISHED_REQUIRED=true}, as {@code .ci/run} sets) their absence fails instead.
 */
class BoundaryGeneratorTest {

    private static final Path GEOGRAPHY =
            Path.of(System.getProperty("smc.published.dir", "../../shared/smc-data")).resolve("geography");
    private static List<SourceArea> areas;
    private static Geometry[] repaired;
    private static Geometry[] simplified;

    @BeforeAll
    static void readSources() throws IOException {
        if (!Files.isDirectory(GEOGRAPHY)) {
            System.out.println("BoundaryGeneratorTest: the published boundary files are not at " + GEOGRAPHY);
            return;
        }
        areas = BoundaryGenerator.smcAreas(GEOGRAPHY, "UK205regions-2025.topojson", "205_regions_codes.json",
                "205_regions", "SMC205");
        List<Geometry> projected = areas.stream().map(a -> UkProjection.project(a.geometry())).toList();
        repaired = CoverageRepair.repair(projected.toArray(Geometry[]::new));
        simplified = BoundaryGenerator.simplifiedCoverage(projected, BoundaryGenerator.TOLERANCE);
    }

    /** Skips the calling test without the published files, or fails it when they are required. */
    private static void requirePublishedFiles() {
        if (Boolean.parseBoolean(System.getenv("SMC_PUBLISHED_REQUIRED"))) {
            assertNotNull(areas, "SMC_PUBLISHED_REQUIRED=true but no published boundary files at " + GEOGRAPHY);
        }
        assumeTrue(areas != null, "published boundary files not found at " + GEOGRAPHY);
    }

    @Test
    void smcKey_followsTheApiRule() {
        assertEquals("SMC205-bournemouth-christchurch-and-poole",
                BoundaryGenerator.smcKey("SMC205", "Bournemouth,_Christchurch_and_Poole"));
    }

    @Test
    void repairedAndSimplified_areValidCoverages() {
        requirePublishedFiles();
        assertTrue(CoverageValidator.isValid(repaired));
        assertTrue(CoverageValidator.isValid(simplified));
        for (Geometry g : simplified) {
            assertTrue(g.isValid());
        }
    }

    @Test
    void simplification_neitherOpensGapsNorOverlaps() {
        requirePublishedFiles();
        double sum = 0;
        for (Geometry g : simplified) {
            sum += g.getArea();
        }
        double union = simplified[0].getFactory().createGeometryCollection(simplified).union().getArea();
        assertEquals(sum, union, sum * 1e-9);
    }

    /**
     * Neighbours whose common border is longer than two grid steps (about 1.4 km) keep a border; shorter ones, such
     * as the few hundred metres where Bromley meets Lambeth, may shrink to a point on the grid but still touch.
     */
    @Test
    void everyPairOfNeighbours_stillMeets() {
        requirePublishedFiles();
        List<String> lost = new ArrayList<>();
        int pairs = 0;
        for (int i = 0; i < repaired.length; i++) {
            for (int j = i + 1; j < repaired.length; j++) {
                if (!repaired[i].getEnvelopeInternal().intersects(repaired[j].getEnvelopeInternal())) {
                    continue;
                }
                double border = repaired[i].intersection(repaired[j]).getLength();
                if (border > 0) {
                    pairs++;
                    boolean kept = border > 2 ? simplified[i].intersection(simplified[j]).getLength() > 0
                            : simplified[i].intersects(simplified[j]);
                    if (!kept) {
                        lost.add(areas.get(i).name() + " | " + areas.get(j).name() + " (" + border + ")");
                    }
                }
            }
        }
        assertTrue(pairs > 400, "only " + pairs + " neighbouring pairs found");
        assertEquals(List.of(), lost);
    }

    @Test
    void committedResource_isWhatTheGeneratorWrites() throws IOException {
        requirePublishedFiles();
        String committed = Files.readString(Path.of("src/main/resources/boundaries/maps/smc-areas-2025.tsv"));
        assertEquals(committed, String.join("\n", BoundaryGenerator.lines("UK205regions-2025.topojson", areas)) + "\n");
    }
}
