package uk.mobilityexplorer.staticclient.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MapFigureTest {

    private static AreaShape square(String key, int minX, int minY, int size) {
        return new AreaShape(key, key, "M" + minX + " " + minY + "l" + size + " 0 0 " + size + "-" + size + " 0z",
                minX + size / 2.0, minY + size / 2.0, new Box(minX, minY, minX + size, minY + size));
    }

    private static final MapFigure MAP = new MapFigure(new Box(0, 0, 1000, 1800), List.of(
            square("small", 500, 900, 10), square("next-door", 510, 900, 10), square("far", 900, 100, 10),
            square("corner", 0, 0, 20), square("large", 300, 300, 300)), Optional.empty());

    @Test
    void smallArea_getsTheMinimumSpanCentredOnIt() {
        LocatorMap locator = MAP.locator("small");
        assertEquals("455 855 100 100", locator.viewBox());
        assertEquals(List.of("next-door"), locator.context().stream().map(AreaShape::key).toList());
        assertEquals("small", locator.area().key());
    }

    @Test
    void largeArea_takesAtMostItsShareOfTheView() {
        assertEquals("200 200 500 500", MAP.locator("large").viewBox());
    }

    @Test
    void areaAtTheEdge_keepsTheViewInsideTheMap() {
        assertEquals("0 0 100 100", MAP.locator("corner").viewBox());
    }

    @Test
    void unknownKey_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> MAP.locator("SMC205-atlantis"));
    }

    @Test
    void aLargerAreaIsDrawnAsItsParts_withTheOtherAreasAroundItAsContext() {
        LocatorMap locator = MAP.locatorOfParts("pair", "The pair", key -> key.equals("small") || key.equals("next-door"));
        assertEquals(new Box(500, 900, 520, 910), locator.area().bounds());
        assertEquals(List.of(), locator.context().stream().map(AreaShape::key).toList());
        assertEquals("pair", locator.area().key());
    }

    @Test
    void aLargerAreaWithNoPartOnTheMap_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> MAP.locatorOfParts("none", "None", key -> false));
    }

    @Test
    void viewBox_isTheFrame() {
        assertEquals("0 0 1000 1800", MAP.viewBox());
    }
}
