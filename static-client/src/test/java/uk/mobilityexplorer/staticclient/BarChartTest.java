package uk.mobilityexplorer.staticclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class BarChartTest {

    private static final List<BarChart.Bar> BARS = List.of(new BarChart.Bar("North <East>", 12.5, 10.0, 15.0),
            new BarChart.Bar("Wales", 9.0, null, null));

    @Test
    void chartIsLabelledForAssistiveTechnology() {
        String svg = BarChart.svg("c", "Youth unemployment", "Two bars", "Per cent", BARS);
        assertTrue(svg.contains("role=\"img\""));
        assertTrue(svg.contains("<title id=\"c-t\">Youth unemployment</title>"));
        assertTrue(svg.contains("aria-labelledby=\"c-t c-d\""));
    }

    @Test
    void labelsAreEscaped() {
        String svg = BarChart.svg("c", "t", "d", "u", BARS);
        assertTrue(svg.contains("North &lt;East&gt;"));
        assertFalse(svg.contains("<East>"));
    }

    @Test
    void whiskersAreDrawnOnlyWhereAnIntervalWasPublished() {
        String svg = BarChart.svg("c", "t", "d", "u", BARS);
        assertEquals(1, svg.split("app-whisker").length - 1);
    }

    @Test
    void ticksFallOnRoundNumbers() {
        assertEquals(5.0, BarChart.niceStep(4.3));
        assertEquals(0.2, BarChart.niceStep(0.17), 1e-12);
    }
}
