package uk.mobilityexplorer.staticclient;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.mobilityexplorer.staticclient.chart.Key;
import uk.mobilityexplorer.staticclient.chart.MapChart;

/**
 * The ITL2 (2021) regions drawn from the pre-simplified boundaries that {@link BoundarySimplifier} writes. The map's
 * geometry stays here, behind {@link #draw}, so another boundary source can replace it without touching the pages.
 */
public final class ChoroplethMap {

    /** A region's shape: code, name and SVG path. */
    private record Shape(String code, String name, String path) {
    }

    /** What to show for one region: its fill and the words for it. */
    public record Fill(String colour, String label) {
    }

    private static final Map<String, Shape> SHAPES = load();

    private ChoroplethMap() {
    }

    /** True when every code is an ITL2 region this map can draw (and there are enough to make a map worth it). */
    public static boolean covers(Collection<String> codes) {
        return codes.size() > 2 && SHAPES.keySet().containsAll(codes);
    }

    /** The map with each region filled as given; regions without a fill are grey and say there is no figure. */
    public static MapChart draw(String id, String title, String description, Map<String, Fill> fills,
            List<Key> key, String missingColour) {
        List<MapChart.Shape> shapes = new ArrayList<>();
        List<MapChart.Region> regions = new ArrayList<>();
        for (Shape s : SHAPES.values()) {
            Fill f = fills.get(s.code());
            shapes.add(new MapChart.Shape("itl2-" + s.code(), s.path()));
            regions.add(new MapChart.Region("itl2-" + s.code(), f == null ? missingColour : f.colour(),
                    s.name() + ": " + (f == null ? "no figure" : f.label())));
        }
        return new MapChart(id, title, description, BoundarySimplifier.WIDTH, BoundarySimplifier.HEIGHT, shapes, regions,
                key, true);
    }

    private static Map<String, Shape> load() {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        try (InputStream in = ChoroplethMap.class.getResourceAsStream("/boundaries/itl2-2021.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                shapes.put(f[0], new Shape(f[0], f[1], f[2]));
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("ITL2 boundaries are missing from the build", e);
        }
        return shapes;
    }
}
