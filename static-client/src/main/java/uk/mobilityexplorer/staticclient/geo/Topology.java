package uk.mobilityexplorer.staticclient.geo;

import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;

/**
 * A decoded TopoJSON topology: the shared arcs in source coordinates (delta-decoded, transform applied) and, per named
 * object, its features built from those arcs. Neighbouring features reference the same arc, so their common border is
 * made of identical coordinates.
 */
public record Topology(List<Coordinate[]> arcs, Map<String, List<Feature>> objects) {

    /** @throws IllegalArgumentException when the topology has no object of that name */
    public List<Feature> object(String name) {
        List<Feature> features = objects.get(name);
        if (features == null) {
            throw new IllegalArgumentException("topology has no object '" + name + "', only " + objects.keySet());
        }
        return features;
    }
}
