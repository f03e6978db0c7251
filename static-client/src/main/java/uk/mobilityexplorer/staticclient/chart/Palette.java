package uk.mobilityexplorer.staticclient.chart;

import java.util.List;

import uk.mobilityexplorer.staticclient.view.Polarity;

/**
 * Colours for bands and series. Band palettes are diverging red to blue (ColorBrewer RdBu) and are turned round by
 * polarity so that the favourable end is always blue; measures with no favourable direction get a single-hue scale.
 */
public final class Palette {

    private static final List<String> DIVERGING_5 = List.of("#ca0020", "#f4a582", "#f7f7f7", "#92c5de", "#0571b0");
    private static final List<String> DIVERGING_7 = List.of("#b2182b", "#ef8a62", "#fddbc7", "#f7f7f7", "#d1e5f0",
            "#67a9cf", "#2166ac");
    private static final List<String> SEQUENTIAL_5 = List.of("#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f");
    /** GOV.UK analysis function's categorical palette: distinguishable, in this order, for colour-blind readers. */
    private static final List<String> SERIES = List.of("#12436d", "#28a197", "#801650", "#f46a25", "#3d3d3d", "#a285d1");
    /** Bars and lines of a single series. */
    public static final String PRIMARY = "#1d70b8";
    /** Areas with no figure. */
    public static final String MISSING = "#dddddd";

    private Palette() {
    }

    /**
     * The fill for a band. Quintiles count from the lowest values (1) to the highest (5), so they follow polarity;
     * five and seven groups already count from least (1) to most favourable.
     */
    public static String band(String scheme, int rank, int count, Polarity polarity) {
        boolean quintile = "quintile".equals(scheme);
        if (quintile && polarity == Polarity.NO_JUDGEMENT) {
            return SEQUENTIAL_5.get(rank - 1);
        }
        List<String> colours = count == 7 ? DIVERGING_7 : DIVERGING_5;
        int favourability = quintile && polarity == Polarity.HIGHER_WORSE ? count + 1 - rank : rank;
        return colours.get(favourability - 1);
    }

    public static int bandCount(String scheme) {
        return "seven-groups".equals(scheme) ? 7 : 5;
    }

    public static String series(int index) {
        return SERIES.get(index % SERIES.size());
    }

    /** Dash pattern that tells series apart once the colours repeat (and in greyscale print). */
    public static String dash(int index) {
        return index < SERIES.size() ? "none" : "6 4";
    }
}
