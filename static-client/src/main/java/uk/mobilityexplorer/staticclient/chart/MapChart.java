package uk.mobilityexplorer.staticclient.chart;

import java.util.List;

/**
 * A choropleth: each region filled with its published band's colour. It holds no text (the key is written in words
 * beside it), so nothing in it shrinks below a readable size on a phone.
 */
public record MapChart(String id, String title, String description, int width, int height, List<Region> regions,
        List<Key> key) implements Figure {

    /** A region's outline, fill and the words a hover shows. */
    public record Region(String path, String fill, String label) {
    }
}
