package uk.mobilityexplorer.staticclient.chart;

import java.util.List;

/**
 * A choropleth: each region filled with its published band's colour. It holds no text (the key is written in words
 * beside it), so nothing in it shrinks below a readable size on a phone. The outlines are defined once per document
 * ({@code withShapes}) and every map on the page reuses them, so a page with several maps stays small.
 */
public record MapChart(String id, String title, String description, int width, int height, List<Shape> shapes,
        List<Region> regions, List<Key> key, boolean withShapes) implements Figure {

    /** A region's outline, defined once per document under {@code id}. */
    public record Shape(String id, String path) {
    }

    /** A region to draw: which outline, its fill and the words a hover shows. */
    public record Region(String shape, String fill, String label) {
    }

    /** The same map, carrying the outlines itself or relying on an earlier map in the document. */
    public MapChart withShapes(boolean carry) {
        return new MapChart(id, title, description, width, height, shapes, regions, key, carry);
    }
}
