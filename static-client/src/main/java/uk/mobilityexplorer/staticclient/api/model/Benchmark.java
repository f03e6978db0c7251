package uk.mobilityexplorer.staticclient.api.model;

/** What an area's figure was compared with (the UK, or the peers' median), the outcome, and why that benchmark. */
public record Benchmark(String kind, AreaRef area, Double value, String outcome, String method, String reason) {
}
