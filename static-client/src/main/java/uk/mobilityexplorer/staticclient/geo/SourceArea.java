package uk.mobilityexplorer.staticclient.geo;

import org.locationtech.jts.geom.Geometry;

/**
 * One area as the generator reads it: the key the API uses for it, its published name, whether it belongs in the London
 * inset, and its boundary in longitude/latitude.
 */
record SourceArea(String key, String name, boolean inLondon, Geometry geometry) {
}
