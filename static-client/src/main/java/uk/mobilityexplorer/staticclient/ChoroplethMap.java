package uk.mobilityexplorer.staticclient;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import uk.mobilityexplorer.staticclient.chart.Key;
import uk.mobilityexplorer.staticclient.chart.MapChart;
import uk.mobilityexplorer.staticclient.geo.AreaShape;
import uk.mobilityexplorer.staticclient.geo.BoundarySet;
import uk.mobilityexplorer.staticclient.geo.Inset;
import uk.mobilityexplorer.staticclient.geo.MapFigure;

/**
 * Choropleths of the committed boundary sets ({@link BoundarySet}): ITL2 regions (2021 and 2025) and the Commission's
 * 203 and 205 areas. The geometry stays behind {@link #draw}, so pages never see map units or outlines.
 */
public final class ChoroplethMap {

    /** What to show for one area: its fill and the words for it. */
    public record Fill(String colour, String label) {
    }

    private ChoroplethMap() {
    }

    /** The boundary set whose areas include every code (and enough of them to make a map worth it). */
    public static Optional<BoundarySet> covering(Collection<String> codes) {
        if (codes.size() <= 2) {
            return Optional.empty();
        }
        for (BoundarySet set : BoundarySet.values()) {
            Set<String> keys = set.figure().shapes().stream().map(AreaShape::key).collect(Collectors.toSet());
            if (keys.containsAll(codes)) {
                return Optional.of(set);
            }
        }
        return Optional.empty();
    }

    /** True when one boundary set can draw every code. */
    public static boolean covers(Collection<String> codes) {
        return covering(codes).isPresent();
    }

    /**
     * The map with each area filled as given; areas without a fill are grey and say there is no figure.
     *
     * @param areaPages the site's address for area pages (ending in "/"), each area linking to {@code CODE.html}
     *     there; null for a map without links
     */
    public static MapChart draw(BoundarySet set, String id, String title, String description, Map<String, Fill> fills,
            List<Key> key, String missingColour, String areaPages) {
        MapFigure figure = set.figure();
        String prefix = set.name().toLowerCase().replace('_', '-') + "-";
        List<MapChart.Shape> shapes = new ArrayList<>();
        List<MapChart.Region> regions = new ArrayList<>();
        for (AreaShape s : figure.shapes()) {
            shapes.add(new MapChart.Shape(prefix + s.key(), s.pathData()));
            regions.add(region(prefix, s, fills, missingColour, areaPages));
        }
        MapChart.Inset inset = null;
        if (figure.londonInset().isPresent()) {
            Inset london = figure.londonInset().get();
            List<MapChart.Region> insetRegions = new ArrayList<>();
            for (AreaShape s : london.shapes()) {
                shapes.add(new MapChart.Shape(prefix + "inset-" + s.key(), s.pathData()));
                insetRegions.add(region(prefix + "inset-", s, fills, missingColour, areaPages));
            }
            inset = new MapChart.Inset(london.name(), london.frame().viewBox(), london.frame().minX(),
                    london.frame().minY(), london.frame().width(), london.frame().height(), insetRegions);
        }
        return new MapChart(id, title, description, figure.viewBox(), shapes, regions, inset, key, true);
    }

    private static MapChart.Region region(String prefix, AreaShape s, Map<String, Fill> fills, String missingColour,
            String areaPages) {
        Fill f = fills.get(s.key());
        return new MapChart.Region(prefix + s.key(), f == null ? missingColour : f.colour(),
                s.name() + ": " + (f == null ? "no figure" : f.label()),
                areaPages == null ? null : areaPages + s.key() + ".html");
    }
}
