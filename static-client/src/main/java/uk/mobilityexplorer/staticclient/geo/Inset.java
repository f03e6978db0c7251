package uk.mobilityexplorer.staticclient.geo;

import java.util.List;

/**
 * An enlarged copy of some areas (London's) drawn inside a frame in an empty part of the same map; its shapes are in
 * the map's own units, so the frame's view box alone also shows the inset as a map of its own.
 */
public record Inset(String name, Box frame, List<AreaShape> shapes) {

    public Inset {
        shapes = List.copyOf(shapes);
    }
}
