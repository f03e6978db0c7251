package uk.mobilityexplorer.staticclient.api.model;

/** An area's headline figure on one measure, with how it compares with the UK. */
public record ProfileItem(String measure, String title, String polarity, Observation observation, Double ukValue,
        String comparison) {
}
