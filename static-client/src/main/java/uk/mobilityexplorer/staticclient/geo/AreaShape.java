package uk.mobilityexplorer.staticclient.geo;

/**
 * One area drawn on a map: the key the API knows it by, its published name, its SVG path data in map units, a label
 * point inside its largest part, and its bounds.
 */
public record AreaShape(String key, String name, String pathData, double labelX, double labelY, Box bounds) {
}
