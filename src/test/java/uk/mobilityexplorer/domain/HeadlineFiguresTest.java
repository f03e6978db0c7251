package uk.mobilityexplorer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeadlineFiguresTest {

    private static final Map<String, String> TYPES =
            Map.of("K02000001", "uk", "TLC1", "itl2", "TLC2", "itl2", "TLD1", "itl2", "TLC", "itl1");
    private final List<Observation> rows = new ArrayList<>();

    private Observation row(String dataset, String area, String period, int end, String value, String lci, String uci) {
        Observation o = new Observation();
        o.id = rows.size() + 1;
        o.datasetId = dataset;
        o.areaCode = area;
        o.areaBasis = "current";
        o.period = period;
        o.periodStart = period.contains("-") ? Integer.parseInt(period.substring(0, 4)) : end;
        o.periodEnd = end;
        o.unitCode = "percent";
        o.value = new BigDecimal(value);
        o.lci = lci == null ? null : new BigDecimal(lci);
        o.uci = uci == null ? null : new BigDecimal(uci);
        rows.add(o);
        return o;
    }

    private HeadlineFigures figures() {
        return new HeadlineFigures(rows, TYPES::get);
    }

    @Test
    void pooledRegionalWindow_isBenchmarkedOnThePeerMedianNotAUkYear() {
        Observation mine = row("d", "TLC1", "2014-2024", 2024, "30", "28", "32");
        row("d", "TLC2", "2014-2024", 2024, "20", "18", "22");
        row("d", "TLD1", "2014-2024", 2024, "10", "8", "12");
        row("d", "K02000001", "2024", 2024, "15", "14", "16");
        var benchmark = figures().benchmark(mine, "itl2");
        assertThat(benchmark.kind()).isEqualTo(Benchmark.Kind.PEER_MEDIAN);
        assertThat(benchmark.value()).isEqualByComparingTo("20");
        assertThat(benchmark.outcome()).isEqualTo(Benchmark.Outcome.HIGHER);
    }

    @Test
    void ukFigureForTheSamePeriod_isTheBenchmark() {
        Observation mine = row("d", "TLC1", "2024", 2024, "30", "28", "32");
        row("d", "K02000001", "2024", 2024, "15", "14", "16");
        row("d", "K02000001", "2023", 2023, "31", "30", "32");
        assertThat(figures().benchmark(mine, "itl2"))
                .extracting(Benchmark::kind, Benchmark::value)
                .containsExactly(Benchmark.Kind.UK, new BigDecimal("15"));
    }

    @Test
    void ukFigureFromAnotherChartOfTheFile_isStillLikeForLike() {
        Observation mine = row("d", "TLC1", "2024", 2024, "80", null, null);
        mine.chartType = "geography";
        row("d", "K02000001", "2024", 2024, "82", null, null).chartType = "trend";
        assertThat(figures().uk(mine)).isPresent();
    }

    @Test
    void ukFigureWithAnotherNote_isNotLikeForLike() {
        Observation mine = row("d", "TLC1", "2024", 2024, "80", null, null);
        row("d", "K02000001", "2024", 2024, "82", null, null).valueNote = "3-year moving average";
        assertThat(figures().uk(mine)).isEmpty();
    }

    @Test
    void peersFromAnotherChart_areNotPeers() {
        Observation mine = row("d", "TLC1", "2024", 2024, "30", null, null);
        row("d", "TLC2", "2024", 2024, "40", null, null).chartType = "trend";
        assertThat(figures().peers(mine, "itl2")).containsExactly(mine);
    }

    @Test
    void peers_areAreasOfTheSameTypeForTheSamePeriodAndDataset() {
        Observation mine = row("d", "TLC1", "2024", 2024, "30", null, null);
        row("d", "TLC2", "2024", 2024, "40", null, null);
        row("d", "TLC2", "2023", 2023, "50", null, null);
        row("d", "TLC", "2024", 2024, "60", null, null);
        row("e", "TLD1", "2024", 2024, "70", null, null);
        var f = figures();
        assertThat(f.peers(mine, "itl2")).extracting(o -> o.areaCode).containsExactly("TLC1", "TLC2");
        assertThat(f.rank(mine, "itl2")).isEqualTo(2);
        assertThat(f.distribution(mine, "itl2").orElseThrow().count()).isEqualTo(2);
    }

    @Test
    void latest_isTheLastPeriodAndSeriesRunsInTimeOrderPerDataset() {
        Observation early = row("d2024", "TLC1", "2000-2005", 2005, "1", null, null);
        Observation late = row("d2024", "TLC1", "2018-2024", 2024, "2", null, null);
        Observation middle = row("d2024", "TLC1", "2006-2011", 2011, "3", null, null);
        Observation next = row("d2025", "TLC1", "2000-2005", 2005, "4", null, null);
        var f = figures();
        assertThat(f.latest("TLC1", "d2024")).containsSame(late);
        assertThat(f.series("TLC1", List.of("d2024", "d2025"))).containsExactly(early, middle, late, next);
    }

    @Test
    void brokenDownRows_areNotHeadlines() {
        Observation split = row("d", "TLC1", "2024", 2024, "30", null, null);
        split.dim1 = "sex";
        assertThat(figures().latest("TLC1", "d")).isEmpty();
    }
}
