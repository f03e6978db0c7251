package uk.mobilityexplorer.staticclient.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Longitude/latitude to map units for the whole UK: equirectangular with longitudes shortened by cos(54.5°), the UK's
 * middle latitude, which keeps shapes within a few per cent of the British National Grid; y grows southwards as in SVG.
 * All four boundary sets share this frame, so their maps line up.
 */
final class UkProjection {

    /** Map units per degree of latitude: about 0.68 km per unit, so integer coordinates lose nothing visible. */
    static final double UNITS_PER_DEGREE = 164;
    static final double WEST = -8.7;
    static final double NORTH = 60.9;
    private static final double X_SCALE = Math.cos(Math.toRadians(54.5));

    private UkProjection() {
    }

    static Coordinate project(double lon, double lat) {
        return new Coordinate((lon - WEST) * X_SCALE * UNITS_PER_DEGREE, (NORTH - lat) * UNITS_PER_DEGREE);
    }

    /** A projected copy; the source geometry is left in longitude/latitude. */
    static Geometry project(Geometry lonLat) {
        Geometry projected = lonLat.copy();
        projected.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                Coordinate p = project(seq.getX(i), seq.getY(i));
                seq.setOrdinate(i, 0, p.x);
                seq.setOrdinate(i, 1, p.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return projected;
    }
}
