package uk.mobilityexplorer.staticclient.geo;

import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/** One boundary read from a TopoJSON object or a GeoJSON feature: its text properties and its (multi)polygon. */
public record Feature(Map<String, String> properties, Geometry geometry) {

    /** @throws IllegalArgumentException naming the property when the source lacks it */
    public String property(String name) {
        String value = properties.get(name);
        if (value == null) {
            throw new IllegalArgumentException("boundary has no property '" + name + "': " + properties);
        }
        return value;
    }
}
