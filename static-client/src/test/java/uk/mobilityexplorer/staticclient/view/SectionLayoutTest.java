package uk.mobilityexplorer.staticclient.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.mobilityexplorer.staticclient.Fixtures;
import uk.mobilityexplorer.staticclient.api.model.Measure;
import uk.mobilityexplorer.staticclient.api.model.Observation;
import uk.mobilityexplorer.staticclient.api.model.ObservationPage;
import uk.mobilityexplorer.staticclient.api.model.Period;

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

    /** The UK run of years and, beside it, the UK figure pooled over 2014 to 2021 (as the 2023 files publish it). */
    private static List<Observation> runWithPooledFigure() {
        Observation first = UK_BY_YEAR.get(0);
        Observation pooled = new Observation(first.area(), first.areaPublished(),
                new Period("2014-2021", 2014, 2021, "average-of-years"), first.breakdowns(), null, 14.4, 14.0, 14.7,
                first.unit(), null);
        List<Observation> rows = new java.util.ArrayList<>(UK_BY_YEAR);
        rows.add(pooled);
        return rows;
    }

    @Test
    void periodsThatPoolOtherPeriodsYearsAreNeverATrend() {
        assertThat(SectionLayout.drawsLines(drawnAs("chart", runWithPooledFigure()))).isFalse();
    }

    @Test
    void aPooledFigureBesideARunOfYearsGetsASectionOfItsOwn() {
        Measure m = Fixtures.read("measure-youth-unemployment-2025.json", Measure.class);
        List<SectionSpec> sections = Sections.derive(m, runWithPooledFigure(), new java.util.HashSet<>());
        assertThat(sections).extracting(SectionSpec::heading).containsExactly("By year", "Years combined");
        assertThat(SectionLayout.drawsLines(sections.get(0))).isTrue();
        assertThat(sections.get(1).rows()).extracting(o -> o.period().label()).containsExactly("2014-2021");
    }

    @Test
    void oneFigurePerPooledPeriodIsOneViewOfBarsSideBySide() {
        Observation first = UK_BY_YEAR.get(0);
        List<Observation> pooled = List.of(
                new Observation(first.area(), first.areaPublished(), new Period("2014-2021", 2014, 2021,
                        "average-of-years"), first.breakdowns(), null, 14.4, null, null, first.unit(), null),
                new Observation(first.area(), first.areaPublished(), new Period("2018-2021", 2018, 2021, "range"),
                        first.breakdowns(), null, 14.1, null, null, first.unit(), null));
        List<SectionView> views = new SectionLayout("Youth unemployment", "2023", "http://api", "http://site/areas/")
                .layout(drawnAs(null, pooled));
        assertThat(views).hasSize(1);
        assertThat(views.get(0).table().rows()).hasSize(2);
        assertThat(views.get(0).summary()).isEqualTo("2014-2021: 14.4%; 2018-2021: 14.1%.");
    }
}
