package uk.mobilityexplorer.staticclient;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ITL2 (2021) choropleth drawn from the pre-simplified boundaries, five colour bands with a legend. */
final class ChoroplethMap {

    /** A region's shape: code, name and SVG path. */
    record Region(String code, String name, String path) {
    }

    /** Light to dark: the darker the region, the higher its value. */
    private static final String[] COLOURS = {"#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c"};
    static final Map<String, Region> REGIONS = load();

    private ChoroplethMap() {
    }

    static boolean covers(Iterable<String> codes) {
        int n = 0;
        for (String c : codes) {
            if (!REGIONS.containsKey(c)) {
                return false;
            }
            n++;
        }
        return n > 2;
    }

    static String svg(String id, String title, String description, Map<String, Double> values, String unit) {
        List<Double> sorted = new ArrayList<>(values.values());
        sorted.sort(Double::compare);
        double[] cuts = new double[4];
        for (int i = 0; i < 4; i++) {
            cuts[i] = sorted.get((int) Math.floor((i + 1) * sorted.size() / 5.0));
        }
        StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(BoundarySimplifier.WIDTH + 180).append(' ').append(BoundarySimplifier.HEIGHT)
                .append("\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\"><title id=\"").append(id)
                .append("-t\">").append(Html.esc(title)).append("</title><desc id=\"").append(id).append("-d\">")
                .append(Html.esc(description)).append("</desc>");
        for (Region r : REGIONS.values()) {
            Double v = values.get(r.code());
            String fill = v == null ? "#f3f2f1" : COLOURS[band(v, cuts)];
            s.append("<path d=\"").append(r.path()).append("\" fill=\"").append(fill)
                    .append("\" stroke=\"#505a5f\" stroke-width=\"0.4\"><title>").append(Html.esc(r.name())).append(": ")
                    .append(v == null ? "no figure" : BarChart.format(v)).append("</title></path>");
        }
        int x = BoundarySimplifier.WIDTH + 10;
        s.append("<text x=\"").append(x).append("\" y=\"20\" font-size=\"13\">").append(Html.esc(unit)).append("</text>");
        for (int i = 0; i < 5; i++) {
            String from = i == 0 ? BarChart.format(sorted.get(0)) : BarChart.format(cuts[i - 1]);
            String to = i == 4 ? BarChart.format(sorted.get(sorted.size() - 1)) : BarChart.format(cuts[i]);
            int y = 34 + i * 24;
            s.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"18\" height=\"18\" fill=\"")
                    .append(COLOURS[i]).append("\" stroke=\"#505a5f\"/><text x=\"").append(x + 24).append("\" y=\"").append(y + 14)
                    .append("\" font-size=\"12\">").append(Html.esc(from + " to " + to)).append("</text>");
        }
        s.append("<rect x=\"").append(x).append("\" y=\"158\" width=\"18\" height=\"18\" fill=\"#f3f2f1\" stroke=\"#505a5f\"/>")
                .append("<text x=\"").append(x + 24).append("\" y=\"172\" font-size=\"12\">No figure</text></svg>");
        return s.toString();
    }

    private static int band(double v, double[] cuts) {
        int b = 0;
        while (b < 4 && v >= cuts[b]) {
            b++;
        }
        return b;
    }

    private static Map<String, Region> load() {
        Map<String, Region> regions = new LinkedHashMap<>();
        try (InputStream in = ChoroplethMap.class.getResourceAsStream("/boundaries/itl2-2021.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                regions.put(f[0], new Region(f[0], f[1], f[2]));
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("ITL2 boundaries are missing from the build", e);
        }
        return regions;
    }
}
