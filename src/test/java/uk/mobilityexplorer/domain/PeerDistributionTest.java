package uk.mobilityexplorer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeerDistributionTest {

    private static List<BigDecimal> values(String... v) {
        return Arrays.stream(v).map(s -> s == null ? null : new BigDecimal(s)).toList();
    }

    @Test
    void fiveValues_quartilesFallOnValues() {
        var d = PeerDistribution.of(values("5", "1", "4", "2", "3")).orElseThrow();
        assertThat(d)
                .isEqualTo(new PeerDistribution(
                        5,
                        new BigDecimal("1"),
                        new BigDecimal("2"),
                        new BigDecimal("3"),
                        new BigDecimal("4"),
                        new BigDecimal("5")));
    }

    @Test
    void fourValues_quartilesInterpolateLinearly() {
        // h = 3p: 0.75 -> 1 + 0.75 * (2 - 1); 1.5 -> midway 2..3; 2.25 -> 3 + 0.25 * (10 - 3)
        var d = PeerDistribution.of(values("10", "1", "3", "2")).orElseThrow();
        assertThat(d.lowerQuartile()).isEqualByComparingTo("1.75");
        assertThat(d.median()).isEqualByComparingTo("2.5");
        assertThat(d.upperQuartile()).isEqualByComparingTo("4.75");
        assertThat(d.count()).isEqualTo(4);
    }

    @Test
    void decimals_stayExact() {
        var d = PeerDistribution.of(values("0.1", "0.2")).orElseThrow();
        assertThat(d.median().toPlainString()).isEqualTo("0.15");
        assertThat(d.lowerQuartile().toPlainString()).isEqualTo("0.125");
    }

    @Test
    void missingValues_areNotPeers() {
        assertThat(PeerDistribution.of(values("7", null)).orElseThrow())
                .extracting(PeerDistribution::count, PeerDistribution::median)
                .containsExactly(1, new BigDecimal("7"));
        assertThat(PeerDistribution.of(values((String) null))).isEmpty();
    }
}
