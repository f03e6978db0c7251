package uk.mobilityexplorer.staticclient.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The committed boundary resources written by {@link BoundaryGenerator}, one per published area geography. */
public enum BoundarySet {
    /** The Commission's 203 areas of the 2024 edition. */
    SMC_AREAS_2024("smc-areas-2024.tsv"),
    /** The Commission's 205 areas of the 2025 edition. */
    SMC_AREAS_2025("smc-areas-2025.tsv"),
    /** ONS ITL2 regions, January 2021 (41). */
    ITL2_2021("itl2-2021.tsv"),
    /** ONS ITL2 regions, January 2025 (46). */
    ITL2_2025("itl2-2025.tsv");

    private final String resource;
    private MapFigure figure;

    BoundarySet(String resource) {
        this.resource = resource;
    }

    /** The map, read from the classpath on first use. */
    public synchronized MapFigure figure() {
        if (figure == null) {
            figure = load();
        }
        return figure;
    }

    private MapFigure load() {
        String path = "/boundaries/maps/" + resource;
        try (InputStream in = BoundarySet.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the build");
            }
            return parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    static MapFigure parse(String source, String text) {
        Box frame = null;
        String insetName = null;
        Box insetFrame = null;
        List<AreaShape> shapes = new ArrayList<>();
        List<AreaShape> insetShapes = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int n = 0; n < lines.length; n++) {
            String[] f = lines[n].split("\t");
            switch (f[0]) {
                case "view-box" -> frame = Box.parse(f[1]);
                case "inset" -> {
                    insetName = f[1];
                    insetFrame = Box.parse(f[2]);
                }
                case "area" -> shapes.add(shape(f));
                case "inset-area" -> insetShapes.add(shape(f));
                default -> {
                    if (!f[0].startsWith("#")) {
                        throw new IllegalStateException(source + ":" + (n + 1) + ": unknown line kind '" + f[0] + "'");
                    }
                }
            }
        }
        if (frame == null) {
            throw new IllegalStateException(source + " has no view-box line");
        }
        Optional<Inset> inset = insetFrame == null ? Optional.empty()
                : Optional.of(new Inset(insetName, insetFrame, insetShapes));
        return new MapFigure(frame, shapes, inset);
    }

    /** Columns: kind, key, name, label "x y", bounds "minX minY maxX maxY", path data. */
    private static AreaShape shape(String[] f) {
        String[] label = f[3].split(" ");
        return new AreaShape(f[1], f[2], f[5], Double.parseDouble(label[0]), Double.parseDouble(label[1]), Box.parse(f[4]));
    }
}
