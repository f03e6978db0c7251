package uk.mobilityexplorer.staticclient.view;

import java.util.List;

/** The one table of a section: a column per varying field, then value, interval and published band. */
public record DataTable(String caption, List<String> keyColumns, boolean interval, boolean banded, List<Row> rows) {

    /** A row: the varying fields' labels (the first is the row header), then formatted figures. */
    public record Row(List<String> keys, String value, String lci, String uci, String band) {
    }
}
