package uk.mobilityexplorer.staticclient.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** Checks the committed map resources themselves, as the site will draw them. */
class BoundarySetTest {

    @ParameterizedTest
    @CsvSource({"SMC_AREAS_2024, 203", "SMC_AREAS_2025, 205", "ITL2_2021, 41", "ITL2_2025, 46"})
    void eachSet_hasOneShapePerPublishedArea(BoundarySet set, int count) {
        List<AreaShape> shapes = set.figure().shapes();
        assertEquals(count, shapes.size());
        assertEquals(count, shapes.stream().map(AreaShape::key).distinct().count());
        assertEquals(count, shapes.stream().map(AreaShape::name).distinct().count());
    }

    @Test
    void itl2Keys_areTlCodes() {
        for (BoundarySet set : List.of(BoundarySet.ITL2_2021, BoundarySet.ITL2_2025)) {
            assertTrue(set.figure().shapes().stream().allMatch(s -> s.key().matches("TL[C-N]\\d")), set.name());
        }
    }

    /** The seed data's composite-index rows name each SMC area by key and by its published name. */
    @ParameterizedTest
    @CsvSource({"SMC203, SMC_AREAS_2024", "SMC205, SMC_AREAS_2025"})
    void everyAreaInTheCompositeIndexData_hasAShapeUnderItsPublishedName(String prefix, BoundarySet set) throws IOException {
        Map<String, String> published = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("../seed-data/observations.csv"))) {
            List<String> fields = firstFields(line, 4);
            if (fields.get(2).startsWith(prefix + "-")) {
                published.put(fields.get(2), fields.get(3));
            }
        }
        Map<String, String> drawn = set.figure().shapes().stream()
                .collect(Collectors.toMap(AreaShape::key, AreaShape::name, (a, b) -> a, TreeMap::new));
        assertEquals(set.figure().shapes().size(), published.size());
        assertEquals(published, drawn);
    }

    /** Splits the start of a CSV line, honouring double-quoted fields (area names can hold commas). */
    private static List<String> firstFields(String line, int count) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length() && fields.size() < count; i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    @ParameterizedTest
    @EnumSource(BoundarySet.class)
    void shapesAsDrawn_formACoverageWithNoGapsOrOverlaps(BoundarySet set) {
        MapFigure figure = set.figure();
        Geometry[] drawn = figure.shapes().stream().map(s -> PathGeometry.of(s.pathData())).toArray(Geometry[]::new);
        assertTrue(CoverageValidator.isValid(drawn), set.name());
        for (Geometry g : drawn) {
            assertTrue(g.isValid(), set.name());
        }
        double sum = 0;
        for (Geometry g : drawn) {
            sum += g.getArea();
        }
        Geometry union = drawn[0].getFactory().createGeometryCollection(drawn).union();
        assertEquals(sum, union.getArea(), sum * 1e-9, set.name());
    }

    @ParameterizedTest
    @EnumSource(BoundarySet.class)
    void labelPoints_lieInsideTheirArea(BoundarySet set) {
        for (AreaShape s : set.figure().shapes()) {
            Geometry shape = PathGeometry.of(s.pathData());
            assertTrue(shape.buffer(1).contains(shape.getFactory().createPoint(
                    new Coordinate(s.labelX(), s.labelY()))), s.name());
        }
    }

    @ParameterizedTest
    @EnumSource(BoundarySet.class)
    void londonInset_sitsInsideTheFrameClearOfEveryArea(BoundarySet set) {
        MapFigure figure = set.figure();
        Inset inset = figure.londonInset().orElseThrow();
        assertTrue(figure.frame().contains(inset.frame()));
        Geometry frame = PathGeometry.of(rectangle(inset.frame()));
        assertTrue(figure.shapes().stream().noneMatch(s -> PathGeometry.of(s.pathData()).intersects(frame)));
        assertTrue(inset.shapes().stream().allMatch(s -> inset.frame().contains(s.bounds())));
        assertTrue(figure.shapes().stream().allMatch(s -> figure.frame().contains(s.bounds())));
    }

    private static String rectangle(Box b) {
        return "M" + b.minX() + " " + b.minY() + "l" + b.width() + " 0 0 " + b.height() + "-" + b.width() + " 0z";
    }

    @Test
    void londonInset_holdsTheLondonBoroughs() {
        Set<String> expected = new HashSet<>(List.of("Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley",
                "Camden and City of London", "Croydon", "Ealing", "Enfield", "Greenwich", "Hackney", "Hammersmith and Fulham", "Haringey",
                "Harrow", "Havering", "Hillingdon", "Hounslow", "Islington", "Kensington and Chelsea",
                "Kingston upon Thames", "Lambeth", "Lewisham", "Merton", "Newham", "Redbridge", "Richmond upon Thames",
                "Southwark", "Sutton", "Tower Hamlets", "Waltham Forest", "Wandsworth", "Westminster"));
        Set<String> inset = BoundarySet.SMC_AREAS_2025.figure().londonInset().orElseThrow().shapes().stream()
                .map(AreaShape::name).collect(Collectors.toSet());
        assertEquals(expected, inset);
    }

    @Test
    void itl2LondonInset_holdsTheFiveLondonRegions() {
        assertEquals(Set.of("TLI3", "TLI4", "TLI5", "TLI6", "TLI7"), BoundarySet.ITL2_2021.figure().londonInset()
                .orElseThrow().shapes().stream().map(AreaShape::key).collect(Collectors.toSet()));
    }

    @Test
    void locator_showsTheAreaAmongItsNeighbours() {
        MapFigure figure = BoundarySet.SMC_AREAS_2025.figure();
        LocatorMap locator = figure.locator("SMC205-barnet");
        assertEquals("Barnet", locator.area().name());
        Set<String> context = locator.context().stream().map(AreaShape::key).collect(Collectors.toSet());
        assertTrue(context.containsAll(Set.of("SMC205-enfield", "SMC205-haringey", "SMC205-harrow")), context.toString());
        assertFalse(context.contains("SMC205-barnet"));
        assertFalse(context.contains("SMC205-highland"));
    }
}
