package uk.mobilityexplorer.staticclient.view;

import java.util.List;

/**
 * An area side by side with the areas it is fairly compared with: a region with its parent region and the UK, a
 * Commission area with the others in its ITL2 region. Only figures for the same period sit in one row.
 */
public record ComparisonPage(PageMeta meta, String name, String areaHref, String intro, List<Column> columns,
        List<Row> rows) {

    /** An area in the comparison and its page. */
    public record Column(String name, String href) {
    }

    /** One measure: its period and each area's figure (or why there is none). */
    public record Row(String measure, String href, String period, List<String> cells) {
    }
}
