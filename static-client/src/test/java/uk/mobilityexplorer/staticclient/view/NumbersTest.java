package uk.mobilityexplorer.staticclient.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void fixedDecimalsNotSignificantFigures() {
        assertThat(Numbers.format(8.671, 1)).isEqualTo("8.7");
        assertThat(Numbers.format(20.09, 1)).isEqualTo("20.1");
        assertThat(Numbers.format(5.0, 2)).isEqualTo("5.00");
    }

    @Test
    void roundsThePublishedDecimalHalfUp() {
        assertThat(Numbers.format(17.485, 2)).isEqualTo("17.49");
    }

    @Test
    void groupsThousandsAndNeverShowsMinusZero() {
        assertThat(Numbers.format(25431.6, 0)).isEqualTo("25,432");
        assertThat(Numbers.format(-0.04, 1)).isEqualTo("0.0");
    }

    @Test
    void missingFigureSaysNoData() {
        assertThat(Numbers.format(null, 1)).isEqualTo(Numbers.NO_DATA);
    }
}
