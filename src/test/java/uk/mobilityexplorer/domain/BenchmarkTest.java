package uk.mobilityexplorer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.mobilityexplorer.domain.Benchmark.Figure;
import uk.mobilityexplorer.domain.Benchmark.Kind;
import uk.mobilityexplorer.domain.Benchmark.Method;
import uk.mobilityexplorer.domain.Benchmark.Outcome;
import uk.mobilityexplorer.domain.Benchmark.Reason;

class BenchmarkTest {

    private static Figure figure(String value, String lci, String uci) {
        return new Figure(
                new BigDecimal(value),
                lci == null ? null : new BigDecimal(lci),
                uci == null ? null : new BigDecimal(uci));
    }

    private static Optional<PeerDistribution> peers(String... values) {
        return PeerDistribution.of(List.of(values).stream().map(BigDecimal::new).toList());
    }

    @Nested
    class WithAUkFigureForThePeriod {
        @Test
        void intervalsApart_areHigherOrLower() {
            var uk = Optional.of(figure("10", "9", "11"));
            assertThat(Benchmark.choose("TLC1", figure("14", "12", "16"), uk, peers("1", "2", "3")))
                    .isEqualTo(new Benchmark(
                            Kind.UK,
                            "K02000001",
                            new BigDecimal("10"),
                            Outcome.HIGHER,
                            Method.CI_OVERLAP,
                            Reason.UK_FIGURE_FOR_PERIOD));
            assertThat(Benchmark.choose("TLC1", figure("7", "6", "8"), uk, Optional.empty())
                            .outcome())
                    .isEqualTo(Outcome.LOWER);
        }

        @Test
        void overlappingIntervals_areSimilar() {
            assertThat(Benchmark.choose(
                                    "TLC1",
                                    figure("11", "10.5", "12"),
                                    Optional.of(figure("10", "9", "11")),
                                    Optional.empty())
                            .outcome())
                    .isEqualTo(Outcome.SIMILAR);
        }

        @Test
        void missingInterval_isNotComparedButKeepsTheUkFigure() {
            var b = Benchmark.choose(
                    "TLC1", figure("11", null, null), Optional.of(figure("10", "9", "11")), peers("1", "2", "3"));
            assertThat(b)
                    .extracting(Benchmark::kind, Benchmark::value, Benchmark::outcome, Benchmark::reason)
                    .containsExactly(Kind.UK, new BigDecimal("10"), Outcome.NOT_COMPARED, Reason.MISSING_INTERVAL);
        }
    }

    @Nested
    class WithoutAUkFigureForThePeriod {
        @Test
        void pooledWindow_isComparedWithThePeerMedian() {
            var b = Benchmark.choose("TLC1", figure("5", "4.5", "5.5"), Optional.empty(), peers("1", "2", "3", "9"));
            assertThat(b)
                    .isEqualTo(new Benchmark(
                            Kind.PEER_MEDIAN,
                            null,
                            new BigDecimal("2.5"),
                            Outcome.HIGHER,
                            Method.INTERVAL_VS_MEDIAN,
                            Reason.NO_UK_FIGURE_FOR_PERIOD));
        }

        @Test
        void intervalAroundTheMedian_isSimilar() {
            assertThat(Benchmark.choose("TLC1", figure("2", "1", "3"), Optional.empty(), peers("1", "2", "3"))
                            .outcome())
                    .isEqualTo(Outcome.SIMILAR);
        }

        @Test
        void figureWithoutInterval_isComparedByValue() {
            var b = Benchmark.choose(
                    "SMC205-kent", figure("-0.4", null, null), Optional.empty(), peers("-1", "0", "1"));
            assertThat(b)
                    .extracting(Benchmark::outcome, Benchmark::method)
                    .containsExactly(Outcome.LOWER, Method.VALUE_VS_MEDIAN);
        }

        @Test
        void tooFewPeers_isNotComparedAndSaysWhy() {
            assertThat(Benchmark.choose("TLC1", figure("2", "1", "3"), Optional.empty(), peers("1", "2")))
                    .isEqualTo(new Benchmark(
                            Kind.NONE,
                            null,
                            null,
                            Outcome.NOT_COMPARED,
                            Method.NONE,
                            Reason.NO_UK_FIGURE_AND_TOO_FEW_PEERS));
        }
    }

    @Test
    void theUkItself_isNotComparedWithItself() {
        assertThat(Benchmark.choose(
                                "K02000001",
                                figure("10", "9", "11"),
                                Optional.of(figure("10", "9", "11")),
                                Optional.empty())
                        .reason())
                .isEqualTo(Reason.AREA_IS_UK);
    }
}
