package uk.mobilityexplorer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapServiceTest {

    private static Observation row(String area, String category, String value, String lci, String uci) {
        Observation o = new Observation();
        o.areaCode = area;
        o.areaPublished = area;
        o.areaBasis = "current";
        o.period = "2024";
        o.unitCode = "percent";
        o.dim1 = "sex";
        o.cat1 = category;
        o.value = new BigDecimal(value);
        o.lci = lci == null ? null : new BigDecimal(lci);
        o.uci = uci == null ? null : new BigDecimal(uci);
        return o;
    }

    @Test
    void pairsRowsOfTheSameAreaAndTakesToMinusFrom() {
        var gaps = GapService.pair(
                List.of(
                        row("A", "male", "10", null, null),
                        row("B", "female", "30", null, null),
                        row("A", "female", "14", null, null)),
                "sex",
                "male",
                "female");
        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.difference()).isEqualByComparingTo("4");
            assertThat(g.significance()).isEqualTo("not-assessed");
        });
    }

    @Test
    void intervalThatExcludesZero_isSignificant() {
        var gaps = GapService.pair(
                List.of(row("A", "male", "10", "9", "11"), row("A", "female", "14", "13", "15")),
                "sex",
                "male",
                "female");
        assertThat(gaps.get(0).significance()).isEqualTo("significant");
        assertThat(gaps.get(0).lci()).isGreaterThan(BigDecimal.ZERO);
    }

    @Test
    void intervalThatSpansZero_isNotSignificant() {
        var gaps = GapService.pair(
                List.of(row("A", "male", "10", "5", "15"), row("A", "female", "11", "6", "16")),
                "sex",
                "male",
                "female");
        assertThat(gaps.get(0).significance()).isEqualTo("not-significant");
    }
}
