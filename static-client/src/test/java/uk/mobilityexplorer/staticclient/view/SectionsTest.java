package uk.mobilityexplorer.staticclient.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.mobilityexplorer.staticclient.Fixtures;
import uk.mobilityexplorer.staticclient.api.model.Measure;
import uk.mobilityexplorer.staticclient.api.model.Observation;
import uk.mobilityexplorer.staticclient.api.model.ObservationPage;

/** Which sections a measure page has, and in what order. */
class SectionsTest {

    private static final Measure PRESENTED = Fixtures.read("measure-youth-unemployment-2025-presented.json",
            Measure.class);
    private static final List<Observation> ROWS = Fixtures.read("observations-youth-unemployment-2025.json",
            ObservationPage.class).items();

    private static List<Observation> ofType(String type) {
        return ROWS.stream().filter(o -> o.area().type().equals(type)).toList();
    }

    @Test
    void sectionsFollowTheCommissionsOrder() {
        List<SectionSpec> sections = Sections.of(PRESENTED, ROWS, Map.of("by-year", ofType("uk"), "by-area",
                ofType("itl2")));
        assertThat(sections).extracting(SectionSpec::heading).containsExactly("By area", "By year");
    }

    @Test
    void aSectionWorkedOutFromTheRowsStandsInThePlaceOfTheCommissionsSectionWithoutLinkedRows() {
        List<SectionSpec> sections = Sections.of(PRESENTED, ROWS, Map.of("by-year", ofType("uk")));
        assertThat(sections).extracting(SectionSpec::heading).containsExactly("By area", "By year");
        assertThat(sections.get(0).rows()).isEqualTo(ofType("itl2"));
    }
}
