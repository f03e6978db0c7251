package uk.mobilityexplorer.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What an area's figure is compared with, and the result. Only like is compared with like: the UK figure for the same
 * measure, edition, period and unit. Regions are often published for pooled windows (e.g. 2014-2024) while the UK is
 * published by year, so where the UK has no figure for the period, the area is compared with the median of its peers
 * for that same period instead. Every result names its benchmark, method and reason, so a comparison is never empty
 * without saying why.
 *
 * @param kind     the benchmark used
 * @param areaCode the benchmark area ({@link Area#UK_CODE} for the UK), null for the peer median or none
 * @param value    the benchmark's figure, null when there is none
 * @param outcome  the area against the benchmark
 * @param method   how the outcome was decided
 * @param reason   why this benchmark and outcome
 */
public record Benchmark(Kind kind, String areaCode, BigDecimal value, Outcome outcome, Method method, Reason reason) {

    /** Fewer peers than this make no useful median. */
    public static final int MIN_PEERS = 3;

    /** A published figure with its 95% interval, either bound possibly missing. */
    public record Figure(BigDecimal value, BigDecimal lci, BigDecimal uci) {

        boolean hasInterval() {
            return lci != null && uci != null;
        }
    }

    public enum Kind implements Coded {
        UK("uk"),
        PEER_MEDIAN("peer-median"),
        NONE("none");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    public enum Outcome implements Coded {
        HIGHER("higher"),
        LOWER("lower"),
        SIMILAR("similar"),
        NOT_COMPARED("not-compared");

        private final String code;

        Outcome(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    public enum Method implements Coded {
        /** Higher or lower when the two 95% intervals do not overlap, else similar. */
        CI_OVERLAP("ci-overlap-95"),
        /** Higher or lower when the area's 95% interval lies wholly above or below the peer median, else similar. */
        INTERVAL_VS_MEDIAN("interval-vs-median"),
        /** The area's figure has no interval: higher, lower or equal (similar) by value alone. */
        VALUE_VS_MEDIAN("value-vs-median"),
        NONE("none");

        private final String code;

        Method(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    public enum Reason implements Coded {
        UK_FIGURE_FOR_PERIOD("uk-figure-for-period"),
        NO_UK_FIGURE_FOR_PERIOD("no-uk-figure-for-period"),
        MISSING_INTERVAL("missing-interval"),
        AREA_IS_UK("area-is-uk"),
        NO_UK_FIGURE_AND_TOO_FEW_PEERS("no-uk-figure-and-too-few-peers");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /**
     * @param areaCode the compared area's code
     * @param figure   its figure
     * @param uk       the UK figure for the same measure, edition, period and unit, if published
     * @param peers    the peer distribution for the same period, if any
     */
    public static Benchmark choose(
            String areaCode, Figure figure, Optional<Figure> uk, Optional<PeerDistribution> peers) {
        if (Area.UK_CODE.equals(areaCode)) {
            return new Benchmark(Kind.NONE, null, null, Outcome.NOT_COMPARED, Method.NONE, Reason.AREA_IS_UK);
        }
        if (uk.isPresent()) {
            Figure u = uk.get();
            if (!figure.hasInterval() || !u.hasInterval()) {
                return new Benchmark(
                        Kind.UK, Area.UK_CODE, u.value(), Outcome.NOT_COMPARED, Method.NONE, Reason.MISSING_INTERVAL);
            }
            Outcome outcome = figure.lci().compareTo(u.uci()) > 0
                    ? Outcome.HIGHER
                    : figure.uci().compareTo(u.lci()) < 0 ? Outcome.LOWER : Outcome.SIMILAR;
            return new Benchmark(
                    Kind.UK, Area.UK_CODE, u.value(), outcome, Method.CI_OVERLAP, Reason.UK_FIGURE_FOR_PERIOD);
        }
        if (peers.isEmpty() || peers.get().count() < MIN_PEERS) {
            return new Benchmark(
                    Kind.NONE, null, null, Outcome.NOT_COMPARED, Method.NONE, Reason.NO_UK_FIGURE_AND_TOO_FEW_PEERS);
        }
        BigDecimal median = peers.get().median();
        if (figure.hasInterval()) {
            Outcome outcome = figure.lci().compareTo(median) > 0
                    ? Outcome.HIGHER
                    : figure.uci().compareTo(median) < 0 ? Outcome.LOWER : Outcome.SIMILAR;
            return new Benchmark(
                    Kind.PEER_MEDIAN, null, median, outcome, Method.INTERVAL_VS_MEDIAN, Reason.NO_UK_FIGURE_FOR_PERIOD);
        }
        int sign = figure.value().compareTo(median);
        Outcome outcome = sign > 0 ? Outcome.HIGHER : sign < 0 ? Outcome.LOWER : Outcome.SIMILAR;
        return new Benchmark(
                Kind.PEER_MEDIAN, null, median, outcome, Method.VALUE_VS_MEDIAN, Reason.NO_UK_FIGURE_FOR_PERIOD);
    }
}
