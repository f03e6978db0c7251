package uk.mobilityexplorer.staticclient.view;

import java.util.List;

import uk.mobilityexplorer.staticclient.api.model.Caveat;
import uk.mobilityexplorer.staticclient.chart.Figure;
import uk.mobilityexplorer.staticclient.chart.MapChart;

/**
 * A laid-out section for one period: caveats, the figure, its one table, a sentence, and where to get the data. The
 * links are relative to the measure page's folder, except the CSV (an API URL).
 */
public record SectionView(String key, String heading, String chartTitle, String period, List<Caveat> caveats,
        Figure figure, DataTable table, String summary, String csvUrl, String svgFile, List<PeriodLink> periods) {

    /** Another period of the same section and the page that shows it. */
    public record PeriodLink(String label, String path, boolean current) {
    }

    /** The section on a page of its own: a map carries its region outlines (see {@link MapChart}). */
    public SectionView standalone() {
        return withMapShapes(true);
    }

    /** The section with its map (if any) carrying or reusing the outlines defined by an earlier map on the page. */
    SectionView withMapShapes(boolean carry) {
        if (!(figure instanceof MapChart map)) {
            return this;
        }
        return new SectionView(key, heading, chartTitle, period, caveats, map.withShapes(carry), table, summary, csvUrl,
                svgFile, periods);
    }

    /** Anchor of the section on its page. */
    public String anchor() {
        return key;
    }
}
