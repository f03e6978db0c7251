package uk.mobilityexplorer.staticclient.view;

import java.util.List;

import uk.mobilityexplorer.staticclient.api.model.Band;

/**
 * Words for the Commission's published bands. The site shows these instead of ranks: neighbouring ranks are rarely
 * significantly different, while a band is what the Commission published.
 */
public final class Bands {

    private static final List<String> FIFTHS = List.of("lowest fifth", "second-lowest fifth", "middle fifth",
            "second-highest fifth", "highest fifth");

    private Bands() {
    }

    /** What a band means for this measure, e.g. "Quintile 5: the highest fifth of areas on youth unemployment, least favourable". */
    public static String meaning(Band band, Polarity polarity, String measureTitle) {
        if (band == null) {
            return "No published band";
        }
        if (!"quintile".equals(band.scheme())) {
            int count = "seven-groups".equals(band.scheme()) ? 7 : 5;
            return band.label() + ": group " + band.rank() + " of " + count + ", counted from the least favourable";
        }
        String fifth = FIFTHS.get(Math.max(0, Math.min(4, band.rank() - 1)));
        String text = band.label() + ": the " + fifth + " of areas on " + measureTitle.toLowerCase();
        String favour = favourability(band.rank(), polarity);
        return favour == null ? text : text + ", " + favour;
    }

    /** "most favourable" or "least favourable" at the ends of a quintile scale with a direction, else null. */
    private static String favourability(int rank, Polarity polarity) {
        if (polarity == Polarity.NO_JUDGEMENT || (rank != 1 && rank != 5)) {
            return null;
        }
        boolean high = rank == 5;
        return high == (polarity == Polarity.HIGHER_BETTER) ? "most favourable" : "least favourable";
    }
}
