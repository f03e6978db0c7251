package uk.mobilityexplorer.staticclient.view;

import java.util.List;

import uk.mobilityexplorer.staticclient.chart.Key;
import uk.mobilityexplorer.staticclient.chart.SpineChart;

/**
 * An area's page: where it is (locator map), how it sits among its peers on each measure (spine charts and their
 * table), its composite-index groups over every period, and links to the areas around it.
 */
public record AreaProfilePage(PageMeta meta, String name, String code, String typeLabel, String edition,
        String figuresNote, AreaProfiles.Figures figures, Locator locator, List<Link> related,
        List<MeasureRow> measures, List<GroupGrid> groups, List<Link> sameBand, String apiUrl, String csvUrl,
        String spineSvg, String groupsSvgPrefix, String embedUrl) {

    /** The SVG download of a groups chart. */
    public String groupsSvg(GroupGrid grid) {
        return groupsSvgPrefix + grid.id() + ".svg";
    }

    /** A link to another page, with a few words saying how it relates. */
    public record Link(String label, String href, String note) {
    }

    /** A small map around the area: its view box, the outlines of the areas around it, and the area's outline. */
    public record Locator(String viewBox, List<String> context, String area) {
    }

    /** A measure's figure for the area, its place among peers and what it was compared with. */
    public record MeasureRow(String title, String href, String period, String value, String band, String peers,
            String comparison, SpineChart spine) {
    }

    /** Composite-index groups: one row per index, one column per period; {@code id} names its chart and table. */
    public record GroupGrid(String id, List<String> periods, List<GroupRow> rows, List<Key> key) {

        public static final int CELL_WIDTH = 60;
        public static final int CELL_HEIGHT = 24;

        public String viewBox() {
            return "0 0 " + periods.size() * CELL_WIDTH + " " + rows.size() * CELL_HEIGHT;
        }
    }

    /** One index's groups over the periods (a cell's label is null where the period was not published). */
    public record GroupRow(String title, String href, List<GroupCell> cells) {
    }

    public record GroupCell(String label, String fill) {
    }
}
