package uk.mobilityexplorer.staticclient.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.mobilityexplorer.staticclient.Fixtures;
import uk.mobilityexplorer.staticclient.api.model.Observation;
import uk.mobilityexplorer.staticclient.api.model.ObservationPage;

/** Which form a section's chart takes. */
class SectionLayoutTest {

    /** The UK by year, 2014 to 2024: one area over eleven periods. */
    private static final List<Observation> UK_BY_YEAR = Fixtures.read("observations-youth-unemployment-2025.json",
            ObservationPage.class).items().stream().filter(o -> o.area().type().equals("uk")).toList();

    private static SectionSpec drawnAs(String visual, List<Observation> rows) {
        return new SectionSpec("by-year", "By year", null, List.of(), 1, "%", Polarity.HIGHER_WORSE, visual, null,
                null, "", rows);
    }

    @Test
    void aCommissionChartOfOneAreaOverManyYearsIsDrawnAsATrend() {
        assertThat(SectionLayout.drawsLines(drawnAs("chart", UK_BY_YEAR))).isTrue();
    }

    @Test
    void aCommissionMapIsNeverATrend() {
        assertThat(SectionLayout.drawsLines(drawnAs("map", UK_BY_YEAR))).isFalse();
    }

    @Test
    void aSinglePeriodIsNeverATrend() {
        assertThat(SectionLayout.drawsLines(drawnAs("chart", UK_BY_YEAR.subList(0, 1)))).isFalse();
    }
}
