package uk.mobilityexplorer.staticclient.api.model;

/** The spread of a figure among areas of the same type for the same period: what a spine chart draws. */
public record PeerDistribution(String areaType, String period, int count, double min, double lowerQuartile,
        double median, double upperQuartile, double max) {
}
