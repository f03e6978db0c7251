package uk.mobilityexplorer.staticclient.chart;

/** A colour and what it means in words, with how many areas have it (null when not a count of areas). */
public record Key(String fill, String label, Long count) {
}
