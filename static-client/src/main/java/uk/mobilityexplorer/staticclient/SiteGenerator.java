package uk.mobilityexplorer.staticclient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the static, script-free explorer from a running API: home, catalogue, a page per measure (latest edition)
 * with chart and table, a page per ITL2 area with its profile, a page per edition with its changes, and iframe-ready
 * embeds. Usage: {@code SiteGenerator <api-base-url> <output-dir>}.
 */
public final class SiteGenerator {

    private final String api;
    private final Path out;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    SiteGenerator(String api, Path out) {
        this.api = api.replaceAll("/+$", "");
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SiteGenerator <api-base-url> <output-dir>");
            System.exit(2);
        }
        long start = System.nanoTime();
        int pages = new SiteGenerator(args[0], Path.of(args[1])).generate();
        System.out.printf("Wrote %d pages to %s in %d ms%n", pages, args[1], (System.nanoTime() - start) / 1_000_000);
    }

    int generate() throws IOException, InterruptedException {
        int pages = 0;
        JsonNode editions = get("/api/v1/editions").path("items");
        JsonNode measures = get("/api/v1/measures").path("items");
        StringBuilder home = new StringBuilder("<h1>Social mobility in the UK</h1><p>Figures from the Social Mobility Commission's "
                + "State of the Nation reports: where people start in life, how they fare at school and work, and where opportunity is missing.</p>"
                + "<h2>Editions</h2><ul>");
        String previous = null;
        for (JsonNode e : editions) {
            String id = e.path("id").asText();
            if (e.path("status").asText().equals("draft")) {
                continue;
            }
            home.append("<li><a href=\"editions/").append(id).append(".html\">").append(Html.esc(e.path("title").asText()))
                    .append("</a>, published ").append(Html.esc(e.path("published_on").asText())).append("</li>");
            pages += writeEdition(e, previous);
            previous = id;
        }
        home.append("</ul><h2>Explore</h2><ul><li><a href=\"measures/index.html\">All measures</a></li>"
                + "<li><a href=\"areas/index.html\">Areas: the UK, nations and regions</a></li></ul>");
        write("index.html", Html.page("Home", "", home.toString(), true));
        pages++;

        StringBuilder catalogue = new StringBuilder("<h1>Measures</h1><table><caption>Measures and the editions that include them</caption>"
                + "<thead><tr><th scope=\"col\">Measure</th><th scope=\"col\">Domain</th><th scope=\"col\">Editions</th></tr></thead><tbody>");
        for (JsonNode m : measures) {
            String code = m.path("code").asText();
            List<String> eds = texts(m.path("editions"));
            catalogue.append("<tr><td><a href=\"").append(code).append('/').append(eds.get(eds.size() - 1)).append(".html\">").append(Html.esc(m.path("title").asText()))
                    .append("</a></td><td>").append(Html.esc(m.path("domain").asText())).append("</td><td>")
                    .append(Html.esc(String.join(", ", texts(m.path("editions"))))).append("</td></tr>");
            pages += writeMeasure(m);
        }
        write("measures/index.html", Html.page("Measures", "../", catalogue.append("</tbody></table>").toString(), true));
        pages++;

        StringBuilder areaList = new StringBuilder("<h1>Areas</h1>");
        for (String[] type : AREA_TYPES) {
            areaList.append("<h2>").append(type[1]).append("</h2><ul>");
            for (JsonNode a : get("/api/v1/areas?type=" + type[0]).path("items")) {
                String code = a.path("code").asText();
                areaList.append("<li><a href=\"").append(code).append(".html\">").append(Html.esc(a.path("name").asText()))
                        .append("</a> (").append(code).append(")</li>");
                pages += writeArea(a, type[1], type[2]);
            }
            areaList.append("</ul>");
        }
        write("areas/index.html", Html.page("Areas", "../", areaList.toString(), true));
        write("_headers", SecurityHeaders.headersFile());
        return pages + 1;
    }

    private int writeEdition(JsonNode e, String previous) throws IOException, InterruptedException {
        String id = e.path("id").asText();
        StringBuilder b = new StringBuilder("<h1>").append(Html.esc(e.path("title").asText())).append("</h1><p>")
                .append(Html.esc(e.path("ranking").path("description").asText())).append("</p>");
        if (previous != null) {
            JsonNode c = get("/api/v1/editions/" + id + "/changes?since=" + previous);
            b.append("<h2>Changes since ").append(previous).append("</h2>");
            for (String list : List.of("added", "removed", "revised", "corrected")) {
                b.append("<h3>").append(list.substring(0, 1).toUpperCase()).append(list.substring(1)).append("</h3><ul>");
                for (JsonNode m : c.path(list)) {
                    b.append("<li>").append(Html.esc(m.path("title").asText()));
                    if (m.has("reason")) {
                        b.append(": ").append(Html.esc(m.path("reason").asText()));
                    }
                    b.append("</li>");
                }
                b.append(c.path(list).isEmpty() ? "<li>None</li>" : "").append("</ul>");
            }
        }
        write("editions/" + id + ".html", Html.page(e.path("title").asText(), "../", b.toString(), true));
        return 1;
    }

    private int writeMeasure(JsonNode summary) throws IOException, InterruptedException {
        int pages = 0;
        List<String> editions = texts(summary.path("editions"));
        for (String edition : editions) {
            pages += writeMeasureEdition(summary.path("code").asText(), edition, editions);
        }
        return pages;
    }

    private int writeMeasureEdition(String code, String edition, List<String> editions) throws IOException, InterruptedException {
        JsonNode m = get("/api/v1/measures/" + code + "?edition=" + edition);
        String obsPath = "/api/v1/measures/" + code + "/observations?edition=" + edition + "&page_size=1000";
        List<JsonNode> rows = allRows(obsPath);
        String unit = m.path("units").path(0).path("label").asText("");
        String name = m.path("title").asText();
        List<Chart> charts = charts(rows);
        String csv = api + "/api/v1/measures/" + code + "/observations?edition=" + edition + "&format=csv&page_size=1000";
        StringBuilder b = new StringBuilder("<h1>").append(Html.esc(name)).append("</h1>")
                .append("<p>").append(Html.esc(m.path("description").asText())).append("</p>")
                .append("<p>").append(Html.esc(summaryText(name, charts))).append("</p>")
                .append("<p>State of the Nation ").append(edition).append(" · Commission code ")
                .append(Html.esc(m.path("smc_code").asText())).append(" · unit: ").append(Html.esc(unit)).append("</p>");
        if (editions.size() > 1) {
            b.append("<p>Other editions: ");
            editions.stream().filter(e -> !e.equals(edition)).forEach(e -> b.append("<a href=\"").append(e).append(".html\">")
                    .append(e).append("</a> "));
            b.append("</p>");
        }
        b.append("<nav aria-label=\"On this page\"><ul>");
        charts.forEach(c -> b.append("<li><a href=\"#").append(c.id).append("\">").append(Html.esc(capitalise(c.caption)))
                .append("</a></li>"));
        b.append("<li><a href=\"#download\">Download and API</a></li></ul></nav>")
                .append("<details><summary>About this measure</summary><p>Domain: ").append(Html.esc(m.path("domain").asText()))
                .append(". Topic: ").append(Html.esc(m.path("topic").asText())).append(". Which way is better: ")
                .append(Html.esc(m.path("polarity").asText()))
                .append(". Whiskers show 95% confidence intervals where the Commission published them. Source: ")
                .append(Html.esc(m.path("source").asText())).append(".</p></details>");
        if (charts.isEmpty()) {
            b.append("<p>The Commission published no figures for this measure in this edition that can be charted; "
                    + "the download below has every row with the reason a value is missing.</p>");
        }
        for (Chart c : charts) {
            String title = name + ": " + c.caption;
            String figure = figure(c, title, c.unit);
            b.append("<h2 id=\"").append(c.id).append("\">").append(Html.esc(capitalise(c.caption))).append("</h2>").append(figure);
            if (ChoroplethMap.covers(c.areaValues.keySet())) {
                b.append("<h3>Map</h3><figure>").append(ChoroplethMap.svg(c.id + "-map", name + ": map of ITL2 regions",
                        "Darker regions have higher values; five bands of roughly equal size. Figures are in the table below.",
                        c.areaValues, c.unit)).append("<figcaption>").append(Html.esc(title)).append("</figcaption></figure>")
                        .append(table(title + " (map figures)", c.bars));
            }
            String embedPath = "embed/measures/" + code + "/" + edition + "/" + c.id + ".html";
            b.append("<details><summary>Embed this chart</summary><p>Copy this into your page:</p><pre>")
                    .append(Html.esc("<iframe src=\"" + embedPath + "\" title=\"" + title + "\" width=\"720\" height=\"600\"></iframe>"))
                    .append("</pre><p>Paths are relative to the explorer's address.</p></details>");
            write(embedPath, Html.page(title, "../../../../", "<h1>" + Html.esc(name) + "</h1>" + figure
                    + "<p>Source: Social Mobility Commission, State of the Nation " + edition + ". <a href=\"../../../../measures/"
                    + code + "/" + edition + ".html\" target=\"_top\">Full page with download</a></p>", false));
        }
        b.append("<h2 id=\"download\">Download and API</h2><p><a href=\"").append(Html.esc(csv))
                .append("\">Download every figure of this edition (CSV)</a></p>")
                .append("<p>API query behind this page: <a href=\"").append(Html.esc(api + obsPath)).append("\">")
                .append(Html.esc(api + obsPath)).append("</a></p>");
        write("measures/" + code + "/" + edition + ".html", Html.page(name + " (" + edition + ")", "../../", b.toString(), true));
        return 1 + charts.size();
    }

    private static String figure(Chart c, String title, String unit) {
        String svg = BarChart.svg(c.id + "-svg", title, c.bars.size() + " bars; the same figures are in the table below.", unit, c.bars);
        return "<figure>" + svg + "<figcaption>" + Html.esc(title) + "</figcaption></figure>" + table(title, c.bars);
    }

    private List<JsonNode> allRows(String path) throws IOException, InterruptedException {
        List<JsonNode> rows = new ArrayList<>();
        String next = path;
        while (next != null) {
            JsonNode page = get(next);
            page.path("items").forEach(rows::add);
            next = page.path("links").path("next").isTextual() ? page.path("links").path("next").asText() : null;
        }
        return rows;
    }

    /** One plain-language sentence about the first chart: its range of values. */
    static String summaryText(String name, List<Chart> charts) {
        if (charts.isEmpty()) {
            return "No chartable figures in this edition.";
        }
        Chart c = charts.get(0);
        BarChart.Bar hi = c.bars.stream().max(Comparator.comparingDouble(BarChart.Bar::value)).orElseThrow();
        BarChart.Bar lo = c.bars.stream().min(Comparator.comparingDouble(BarChart.Bar::value)).orElseThrow();
        return name + " " + c.caption + ": highest " + hi.label() + " (" + BarChart.format(hi.value()) + "), lowest "
                + lo.label() + " (" + BarChart.format(lo.value()) + "); " + c.unit + ".";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Plain words for the API's comparison codes. */
    static String comparison(String code) {
        return switch (code) {
            case "higher" -> "Higher than the UK";
            case "lower" -> "Lower than the UK";
            case "similar" -> "Similar to the UK";
            case "not-compared" -> "Not compared: no confidence interval published";
            case "no-uk-figure" -> "No UK figure for this period";
            case "is-uk" -> "This is the UK figure";
            default -> code;
        };
    }

    /** Area types that get a profile page, with their headings. */
    private static final String[][] AREA_TYPES = {{"uk", "United Kingdom", ""}, {"country", "Nations", ""},
        {"itl1", "English regions (ITL1)", ""}, {"itl2", "Regions (ITL2)", ""},
        {"smc205", "Social mobility areas (2025 edition, 205 areas)", "2025"},
        {"smc203", "Social mobility areas (2024 edition, 203 areas)", "2024"}};

    private int writeArea(JsonNode area, String typeLabel, String edition) throws IOException, InterruptedException {
        String code = area.path("code").asText();
        String profilePath = "/api/v1/areas/" + code + "/profile" + (edition.isEmpty() ? "" : "?edition=" + edition);
        JsonNode p = get(profilePath);
        StringBuilder table = new StringBuilder("<section class=\"app-scroll\" tabindex=\"0\" aria-label=\"Headline figures (table)\">"
                + "<table><caption>Headline figures for ").append(Html.esc(area.path("name").asText()))
                .append(", edition ").append(p.path("edition").asText()).append("</caption><thead><tr><th scope=\"col\">Measure</th>"
                        + "<th scope=\"col\">Period</th><th scope=\"col\" class=\"app-num\">Value</th><th scope=\"col\" class=\"app-num\">Rank (group)</th>"
                        + "<th scope=\"col\">Compared with the UK</th></tr></thead><tbody>");
        for (JsonNode i : p.path("items")) {
            JsonNode o = i.path("observation");
            table.append("<tr><th scope=\"row\"><a href=\"../measures/").append(i.path("measure").asText()).append('/')
                    .append(p.path("edition").asText()).append(".html\">")
                    .append(Html.esc(i.path("title").asText())).append("</a></th><td>").append(Html.esc(o.path("period").path("label").asText()))
                    .append("</td><td class=\"app-num\">").append(BarChart.format(o.path("value").asDouble())).append(' ')
                    .append(Html.esc(o.path("unit").path("label").asText())).append("</td><td class=\"app-num\">")
                    .append(i.path("rank").asText()).append(" of ").append(i.path("peer_count").asText())
                    .append(o.path("band").isObject() ? " (" + Html.esc(o.path("band").path("label").asText()) + ")" : "")
                    .append("</td><td>")
                    .append(Html.esc(comparison(i.path("comparison").asText()))).append("</td></tr>");
        }
        table.append("</tbody></table></section>");
        String body = "<h1>" + Html.esc(area.path("name").asText()) + "</h1><p>" + Html.esc(typeLabel) + ", code " + code + ". "
                + Html.esc(p.path("comparison_method").asText()) + "</p>" + table
                + "<p>API query behind this page: <a href=\"" + Html.esc(api + profilePath) + "\">"
                + Html.esc(api + profilePath) + "</a></p><h2>Embed this summary</h2><pre>"
                + Html.esc("<iframe src=\"../embed/areas/" + code + ".html\" title=\"" + area.path("name").asText() + "\" width=\"720\" height=\"500\"></iframe>")
                + "</pre>";
        write("areas/" + code + ".html", Html.page(area.path("name").asText(), "../", body, true));
        write("embed/areas/" + code + ".html", Html.page(area.path("name").asText(), "../../", "<h1>"
                + Html.esc(area.path("name").asText()) + "</h1>" + table + "<p>Source: Social Mobility Commission, State of the Nation "
                + p.path("edition").asText() + ". <a href=\"../../areas/" + code + ".html\" target=\"_top\">Full page</a></p>", false));
        return 2;
    }

    /** A chart: anchor id, caption, bars in display order and, for area charts, values by area code for the map. */
    record Chart(String id, String caption, List<BarChart.Bar> bars, Map<String, Double> areaValues, String unit) {
    }

    private static final int MAX_BARS = 60;

    /**
     * The charts a measure page draws: areas at their latest period, the national series over time, and one chart per
     * breakdown (rows split by that dimension alone, at its latest period).
     */
    static List<Chart> charts(List<JsonNode> rows) {
        List<JsonNode> valued = rows.stream().filter(r -> r.path("value").isNumber()).toList();
        List<Chart> charts = new ArrayList<>();
        Map<String, List<JsonNode>> byPeriod = group(valued, r -> r.path("period").path("label").asText() + "|" + unitOf(r) + "|" + splits(r, ""));
        byPeriod.values().stream().filter(g -> g.stream().map(SiteGenerator::areaName).distinct().count() > 2)
                .max(Comparator.comparing((List<JsonNode> g) -> g.get(0).path("breakdowns").isEmpty())
                        .thenComparing(g -> g.get(0).path("period").path("end").asInt()).thenComparing(List::size))
                .ifPresent(g -> {
                    List<JsonNode> ranked = g.stream().sorted(Comparator.comparing((JsonNode r) -> -r.path("value").asDouble()))
                            .limit(MAX_BARS).toList();
                    Map<String, Double> values = new TreeMap<>();
                    ranked.forEach(r -> {
                        if (r.path("area").has("code")) {
                            values.put(r.path("area").path("code").asText(), r.path("value").asDouble());
                        }
                    });
                    charts.add(new Chart("by-area", "by area, " + g.get(0).path("period").path("label").asText()
                            + context(g.get(0), "") + ", highest first", ranked.stream().map(r -> bar(areaName(r), r)).toList(), values,
                            unitLabel(g.get(0))));
                });
        String home = mainArea(valued);
        Map<String, List<JsonNode>> series = group(valued.stream().filter(r -> areaName(r).equals(home)).toList(),
                r -> unitOf(r) + "|" + splits(r, ""));
        series.values().stream().filter(g -> g.stream().map(r -> r.path("period").path("label").asText()).distinct().count() > 1)
                .max(Comparator.comparing((List<JsonNode> g) -> g.get(0).path("breakdowns").isEmpty()).thenComparing(List::size))
                .ifPresent(g -> charts.add(new Chart("over-time", "over time, " + home + context(g.get(0), ""),
                        g.stream().sorted(Comparator.comparing((JsonNode r) -> r.path("period").path("start").asInt())).limit(MAX_BARS)
                                .map(r -> bar(r.path("period").path("label").asText(), r)).toList(), Map.of(), unitLabel(g.get(0)))));
        Map<String, List<JsonNode>> byDimension = new java.util.LinkedHashMap<>();
        for (JsonNode r : valued) {
            for (JsonNode b : r.path("breakdowns")) {
                String dimension = b.path("dimension").asText();
                byDimension.computeIfAbsent(dimension + "|" + areaName(r) + "|" + unitOf(r) + "|" + splits(r, dimension)
                        + "|" + r.path("period").path("label").asText(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, List<JsonNode>> best = new java.util.LinkedHashMap<>();
        byDimension.forEach((key, g) -> {
            String dimension = key.substring(0, key.indexOf('|'));
            List<JsonNode> current = best.get(dimension);
            if (g.size() > 1 && (current == null || score(g, home) > score(current, home))) {
                best.put(dimension, g);
            }
        });
        best.forEach((dimension, g) -> {
            String label = breakdown(g.get(0), dimension, "dimension_label");
            charts.add(new Chart("by-" + dimension, "by " + label.toLowerCase() + ", " + areaName(g.get(0)) + ", "
                    + g.get(0).path("period").path("label").asText() + context(g.get(0), dimension),
                    g.stream().limit(MAX_BARS).map(r -> bar(breakdown(r, dimension, "category_label"), r)).toList(), Map.of(), unitLabel(g.get(0))));
        });
        return charts;
    }

    /** Prefers groups in the main area, then the latest period, then the most bars. */
    private static long score(List<JsonNode> g, String home) {
        return (areaName(g.get(0)).equals(home) ? 1_000_000L : 0) + g.get(0).path("period").path("end").asInt() * 100L
                + Math.min(g.size(), 99);
    }

    private static Map<String, List<JsonNode>> group(List<JsonNode> rows, java.util.function.Function<JsonNode, String> key) {
        Map<String, List<JsonNode>> groups = new java.util.LinkedHashMap<>();
        rows.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return groups;
    }

    /** The row's breakdowns other than {@code except}, as a stable key. */
    private static String splits(JsonNode r, String except) {
        List<String> parts = new ArrayList<>();
        r.path("breakdowns").forEach(b -> {
            if (!b.path("dimension").asText().equals(except)) {
                parts.add(b.path("dimension").asText() + "=" + b.path("category").asText());
            }
        });
        return String.join(",", parts);
    }

    /** The other breakdowns held fixed in a chart, for its caption. */
    private static String context(JsonNode r, String except) {
        List<String> parts = new ArrayList<>();
        r.path("breakdowns").forEach(b -> {
            if (!b.path("dimension").asText().equals(except)) {
                parts.add(b.path("category_label").asText());
            }
        });
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    /** A field ("dimension_label", "category_label") of the row's breakdown on {@code dimension}. */
    private static String breakdown(JsonNode r, String dimension, String field) {
        for (JsonNode b : r.path("breakdowns")) {
            if (b.path("dimension").asText().equals(dimension)) {
                return b.path(field).asText();
            }
        }
        return "";
    }

    private static String unitLabel(JsonNode r) {
        String note = r.path("note").asText("");
        return r.path("unit").path("label").asText() + (note.isEmpty() || note.equals("null") ? "" : " (" + note + ")");
    }

    private static String unitOf(JsonNode r) {
        return r.path("unit").path("code").asText() + "|" + r.path("note").asText() + "|" + r.path("chart_type").asText();
    }

    private static String areaName(JsonNode r) {
        return r.path("area").path("name").asText(r.path("area_published").asText());
    }

    /** The UK where present, else the area with the most rows. */
    private static String mainArea(List<JsonNode> rows) {
        Map<String, Long> counts = rows.stream().collect(java.util.stream.Collectors.groupingBy(SiteGenerator::areaName,
                java.util.stream.Collectors.counting()));
        if (counts.containsKey("United Kingdom")) {
            return "United Kingdom";
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse("");
    }

    static String table(String caption, List<BarChart.Bar> bars) {
        StringBuilder table = new StringBuilder("<section class=\"app-scroll\" tabindex=\"0\" aria-label=\"")
                .append(Html.esc(caption)).append(" (table)\"><table><caption>").append(Html.esc(caption)).append("</caption><thead><tr>"
                + "<th scope=\"col\">Group, area or period</th><th scope=\"col\" class=\"app-num\">Value</th>"
                + "<th scope=\"col\" class=\"app-num\">Lower 95% limit</th><th scope=\"col\" class=\"app-num\">Upper 95% limit</th></tr></thead><tbody>");
        for (BarChart.Bar bar : bars) {
            table.append("<tr><th scope=\"row\">").append(Html.esc(bar.label())).append("</th><td class=\"app-num\">")
                    .append(BarChart.format(bar.value())).append("</td><td class=\"app-num\">")
                    .append(bar.lci() == null ? "Not published" : BarChart.format(bar.lci())).append("</td><td class=\"app-num\">")
                    .append(bar.uci() == null ? "Not published" : BarChart.format(bar.uci())).append("</td></tr>");
        }
        return table.append("</tbody></table></section>").toString();
    }

    private static BarChart.Bar bar(String label, JsonNode r) {
        return new BarChart.Bar(label, r.path("value").asDouble(), number(r.path("lci")), number(r.path("uci")));
    }

    private static Double number(JsonNode n) {
        return n.isNumber() ? n.asDouble() : null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        String url = api + path.replace(" ", "%20");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("GET " + url + " answered " + r.statusCode() + ": " + r.body());
        }
        return json.readTree(r.body());
    }

    private void write(String relative, String html) throws IOException {
        Path file = out.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }
}
