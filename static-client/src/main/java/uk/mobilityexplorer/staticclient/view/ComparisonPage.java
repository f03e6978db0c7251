package uk.mobilityexplorer.staticclient.view;

import java.util.List;

/**
 * An area set beside the areas it is fairly compared with, a few at a time: its larger areas and the UK, then the
 * others of its kind nearby. Only figures for the same period are set side by side.
 */
public record ComparisonPage(PageMeta meta, String name, String areaHref, String edition, List<Table> tables) {

    /**
     * The area and at most three others, measure by measure; areas are rows so that it stays two columns wide on a
     * phone. {@code heading} opens a kind of comparison (null for a further table of the same kind).
     */
    public record Table(String id, String heading, String caption, List<Measure> measures) {
    }

    /** One measure in the area's period, with each area's figure or why there is none. */
    public record Measure(String title, String href, String period, List<Figure> figures) {
    }

    /** One row: an area (or, with no link, a benchmark such as the median of all areas) and its figure. */
    public record Figure(String area, String href, String value) {
    }
}
