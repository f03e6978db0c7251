package uk.mobilityexplorer.staticclient.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScaleTest {

    @Test
    void freeScaleStartsAtZeroAndEndsOnARoundTick() {
        Scale s = Scale.of(8.7, 20.1, null, null);
        assertThat(s.min()).isZero();
        assertThat(s.ticks()).last().isEqualTo(s.max());
        assertThat(s.max()).isGreaterThanOrEqualTo(20.1);
    }

    @Test
    void fixedDomainEndsOnItsOwnLimits() {
        assertThat(Scale.of(3, 17, 0.0, 25.0).ticks()).containsExactly(0.0, 5.0, 10.0, 15.0, 20.0, 25.0);
    }

    @Test
    void negativeValuesWidenTheScaleBelowZero() {
        assertThat(Scale.of(-2.14, 4.26, null, null).min()).isLessThanOrEqualTo(-2.14);
    }
}
