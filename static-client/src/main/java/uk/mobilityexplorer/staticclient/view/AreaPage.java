package uk.mobilityexplorer.staticclient.view;

import java.util.List;

/** An area's profile in one edition: each measure's headline figure with its published band (never a rank). */
public record AreaPage(PageMeta meta, String name, String code, String typeLabel, String edition,
        String comparisonMethod, List<Row> rows, String apiUrl, String embedUrl) {

    /** A measure's figure for the area. */
    public record Row(String measure, String href, String period, String value, String band, String comparison) {
    }
}
