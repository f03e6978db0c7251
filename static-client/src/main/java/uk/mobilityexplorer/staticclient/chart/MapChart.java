package uk.mobilityexplorer.staticclient.chart;

import java.util.List;

/**
 * A choropleth: each area filled with its published band's colour and, where the area has a page, a link to it. It
 * holds no text (the key is written in words beside it), so nothing in it shrinks below a readable size on a phone.
 * The outlines are defined once per document ({@code withShapes}) and every map on the page reuses them, so a page with
 * several maps stays small. Areas too small to pick out (London's) are drawn again, enlarged, in an inset; on narrow
 * screens the inset is shown below the map as a figure of its own instead.
 */
public record MapChart(String id, String title, String description, String viewBox, List<Shape> shapes,
        List<Region> regions, Inset inset, List<Key> key, boolean withShapes) implements Figure {

    /** An area's outline, defined once per document under {@code id}. */
    public record Shape(String id, String path) {
    }

    /** An area to draw: which outline, its fill, the words for it, and its page (null: not a link). */
    public record Region(String shape, String fill, String label, String href) {
    }

    /** The enlarged areas: the frame they sit in (a view box of the same map) and the areas drawn in it. */
    public record Inset(String name, String viewBox, int x, int y, int width, int height, List<Region> regions) {
    }

    /** True when any area is a link: the map is then a group of links, not a single image. */
    public boolean linked() {
        return regions.stream().anyMatch(r -> r.href() != null);
    }

    /** The same map, carrying the outlines itself or relying on an earlier map in the document. */
    public MapChart withShapes(boolean carry) {
        return new MapChart(id, title, description, viewBox, shapes, regions, inset, key, carry);
    }

    /** The same map without links, for a file that is downloaded and opened on its own. */
    public MapChart unlinked() {
        return new MapChart(id, title, description, viewBox, shapes, unlink(regions),
                inset == null ? null : new Inset(inset.name(), inset.viewBox(), inset.x(), inset.y(), inset.width(),
                        inset.height(), unlink(inset.regions())), key, true);
    }

    private static List<Region> unlink(List<Region> regions) {
        return regions.stream().map(r -> new Region(r.shape(), r.fill(), r.label(), null)).toList();
    }
}
