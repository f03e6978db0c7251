package uk.mobilityexplorer.staticclient.view;

import java.util.List;

/**
 * The one table of a section. Long form (a row per figure: its groups, value, interval, band) for bars and maps;
 * wide form (a row per period, a column per series, the interval under each value) for lines over time.
 */
public record DataTable(String caption, List<Column> columns, List<Row> rows) {

    /** A column heading; numeric columns are right-aligned. */
    public record Column(String label, boolean numeric) {
    }

    /** A row: its header (first column) and the other cells. */
    public record Row(String header, List<Cell> cells) {
    }

    /** A cell's text and, for a value with a published interval, the interval ("11.0 to 13.6"). */
    public record Cell(String text, String interval) {

        static Cell of(String text) {
            return new Cell(text, null);
        }
    }
}
