package uk.mobilityexplorer.staticclient.api.model;

import java.util.List;

/**
 * An area's headline figure on one measure, with how it compares with the UK; newer APIs add the spread among its
 * peers, the benchmark actually used, and the area's figures for every period and edition (null when absent).
 */
public record ProfileItem(String measure, String title, String polarity, Observation observation, Double ukValue,
        String comparison, PeerDistribution peers, Benchmark benchmark, List<SeriesPoint> series) {
}
