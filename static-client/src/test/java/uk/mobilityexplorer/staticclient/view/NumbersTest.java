package uk.mobilityexplorer.staticclient.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import uk.mobilityexplorer.staticclient.api.model.Unit;

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

    @Test
    void figuresAreWrittenWithTheirUnitAsAReaderExpects() {
        assertThat(Numbers.withUnit(12.34, new Unit("percent", "Per cent", 1))).isEqualTo("12.3%");
        assertThat(Numbers.withUnit(250416.2, new Unit("gbp", "Pounds (£)", 0))).isEqualTo("£250,416");
        assertThat(Numbers.withUnit(-1234.0, new Unit("gbp-vs-national", "Pounds compared", 0))).isEqualTo("-£1,234");
        assertThat(Numbers.withUnit(250.44, new Unit("gbp-millions", "Millions of pounds (£m)", 1))).isEqualTo("£250.4m");
        assertThat(Numbers.withUnit(45.25, new Unit("mbps", "Megabits per second", 1))).isEqualTo("45.3 Mbps");
        assertThat(Numbers.withUnit(1.16, new Unit("z-score", "Z-score", 2))).isEqualTo("1.16");
        assertThat(Numbers.withUnit(null, new Unit("gbp", "Pounds (£)", 0))).isEqualTo(Numbers.NO_DATA);
    }
}
