package uk.mobilityexplorer.staticclient;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
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
                + "<li><a href=\"areas/index.html\">Regions (ITL2)</a></li></ul>");
        write("index.html", Html.page("Home", "", home.toString(), true));
        pages++;

        StringBuilder catalogue = new StringBuilder("<h1>Measures</h1><table><caption>Measures and the editions that include them</caption>"
                + "<thead><tr><th scope=\"col\">Measure</th><th scope=\"col\">Domain</th><th scope=\"col\">Editions</th></tr></thead><tbody>");
        for (JsonNode m : measures) {
            String code = m.path("code").asText();
            catalogue.append("<tr><td><a href=\"").append(code).append(".html\">").append(Html.esc(m.path("title").asText()))
                    .append("</a></td><td>").append(Html.esc(m.path("domain").asText())).append("</td><td>")
                    .append(Html.esc(String.join(", ", texts(m.path("editions"))))).append("</td></tr>");
            pages += writeMeasure(m);
        }
        write("measures/index.html", Html.page("Measures", "../", catalogue.append("</tbody></table>").toString(), true));
        pages++;

        JsonNode areas = get("/api/v1/areas?type=itl2").path("items");
        StringBuilder areaList = new StringBuilder("<h1>Regions</h1><ul>");
        for (JsonNode a : areas) {
            String code = a.path("code").asText();
            areaList.append("<li><a href=\"").append(code).append(".html\">").append(Html.esc(a.path("name").asText()))
                    .append("</a> (").append(code).append(")</li>");
            pages += writeArea(a);
        }
        write("areas/index.html", Html.page("Regions", "../", areaList.append("</ul>").toString(), true));
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
            for (String list : List.of("added", "removed", "corrected")) {
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
        String code = summary.path("code").asText();
        JsonNode m = get("/api/v1/measures/" + code);
        String edition = m.path("edition").asText();
        String obsPath = "/api/v1/measures/" + code + "/observations?edition=" + edition + "&page_size=1000";
        JsonNode rows = get(obsPath).path("items");
        Chart chart = chooseChart(rows);
        String unit = m.path("units").path(0).path("label").asText("");
        String title = m.path("title").asText() + ": " + chart.caption;
        String svg = BarChart.svg("chart", title, chart.bars.size() + " bars; the same figures are in the table below.", unit, chart.bars);
        String table = table(title, chart.bars);
        boolean map = ChoroplethMap.covers(chart.areaValues.keySet());
        String mapSvg = map ? ChoroplethMap.svg("map", m.path("title").asText() + ": map of ITL2 regions",
                "Darker regions have higher values; five bands of roughly equal size. Figures are in the table below.",
                chart.areaValues, unit) : "";
        String csv = api + "/api/v1/measures/" + code + "/observations?edition=" + edition + "&format=csv&page_size=1000";
        String embedUrl = "../embed/measures/" + code + ".html";
        StringBuilder b = new StringBuilder("<h1>").append(Html.esc(m.path("title").asText())).append("</h1>")
                .append("<p>").append(Html.esc(m.path("description").asText())).append("</p>")
                .append("<p>Edition ").append(edition).append(" · Commission code ").append(Html.esc(m.path("smc_code").asText()))
                .append(" · unit: ").append(Html.esc(unit)).append("</p>")
                .append("<nav aria-label=\"On this page\"><ul><li><a href=\"#chart\">Chart</a></li>")
                .append(map ? "<li><a href=\"#map\">Map</a></li>" : "")
                .append("<li><a href=\"#download\">Download and API</a></li><li><a href=\"#embed\">Embed</a></li></ul></nav>")
                .append("<details><summary>About this measure</summary><p>Domain: ").append(Html.esc(m.path("domain").asText()))
                .append(". Topic: ").append(Html.esc(m.path("topic").asText())).append(". Which way is better: ")
                .append(Html.esc(m.path("polarity").asText())).append(". Whiskers show 95% confidence intervals where the Commission published them. Source: ")
                .append(Html.esc(m.path("source").asText())).append(".</p></details>")
                .append("<h2 id=\"chart\">Chart</h2><figure>").append(svg).append("<figcaption>").append(Html.esc(title))
                .append("</figcaption></figure>").append(table);
        if (map) {
            b.append("<h2 id=\"map\">Map</h2><figure>").append(mapSvg).append("<figcaption>").append(Html.esc(title))
                    .append("</figcaption></figure>").append(table(title + " (map figures)", chart.bars));
        }
        b.append("<h2 id=\"download\">Download and API</h2><p><a href=\"").append(Html.esc(csv)).append("\">Download these figures (CSV)</a></p>")
                .append("<p>API query behind this page: <a href=\"").append(Html.esc(api + obsPath)).append("\">")
                .append(Html.esc(api + obsPath)).append("</a></p><h2 id=\"embed\">Embed this chart</h2><p>Copy this into your page:</p><pre>")
                .append(Html.esc("<iframe src=\"" + embedUrl + "\" title=\"" + m.path("title").asText() + "\" width=\"720\" height=\"600\"></iframe>"))
                .append("</pre>");
        write("measures/" + code + ".html", Html.page(m.path("title").asText(), "../", b.toString(), true));
        String embed = "<h1>" + Html.esc(m.path("title").asText()) + "</h1><figure>" + svg + "<figcaption>" + Html.esc(title)
                + "</figcaption></figure>" + table + "<p>Source: Social Mobility Commission, State of the Nation " + edition
                + ". <a href=\"../../measures/" + code + ".html\" target=\"_top\">Full page</a></p>";
        write("embed/measures/" + code + ".html", Html.page(m.path("title").asText(), "../../", embed, false));
        return 2;
    }

    private int writeArea(JsonNode area) throws IOException, InterruptedException {
        String code = area.path("code").asText();
        JsonNode p = get("/api/v1/areas/" + code + "/profile");
        StringBuilder table = new StringBuilder("<table><caption>Headline figures for ").append(Html.esc(area.path("name").asText()))
                .append(", edition ").append(p.path("edition").asText()).append("</caption><thead><tr><th scope=\"col\">Measure</th>"
                        + "<th scope=\"col\">Period</th><th scope=\"col\" class=\"app-num\">Value</th><th scope=\"col\" class=\"app-num\">Rank</th>"
                        + "<th scope=\"col\">Compared with the UK</th></tr></thead><tbody>");
        for (JsonNode i : p.path("items")) {
            JsonNode o = i.path("observation");
            table.append("<tr><th scope=\"row\"><a href=\"../measures/").append(i.path("measure").asText()).append(".html\">")
                    .append(Html.esc(i.path("title").asText())).append("</a></th><td>").append(Html.esc(o.path("period").path("label").asText()))
                    .append("</td><td class=\"app-num\">").append(BarChart.format(o.path("value").asDouble())).append(' ')
                    .append(Html.esc(o.path("unit").path("label").asText())).append("</td><td class=\"app-num\">")
                    .append(i.path("rank").asText()).append(" of ").append(i.path("peer_count").asText()).append("</td><td>")
                    .append(Html.esc(i.path("comparison").asText())).append("</td></tr>");
        }
        table.append("</tbody></table>");
        String body = "<h1>" + Html.esc(area.path("name").asText()) + "</h1><p>ITL2 region " + code + ". "
                + Html.esc(p.path("comparison_method").asText()) + "</p>" + table
                + "<p>API query behind this page: <a href=\"" + Html.esc(api + "/api/v1/areas/" + code + "/profile") + "\">"
                + Html.esc(api + "/api/v1/areas/" + code + "/profile") + "</a></p><h2>Embed this summary</h2><pre>"
                + Html.esc("<iframe src=\"../embed/areas/" + code + ".html\" title=\"" + area.path("name").asText() + "\" width=\"720\" height=\"500\"></iframe>")
                + "</pre>";
        write("areas/" + code + ".html", Html.page(area.path("name").asText(), "../", body, true));
        write("embed/areas/" + code + ".html", Html.page(area.path("name").asText(), "../../", "<h1>"
                + Html.esc(area.path("name").asText()) + "</h1>" + table + "<p>Source: Social Mobility Commission, State of the Nation "
                + p.path("edition").asText() + ". <a href=\"../../areas/" + code + ".html\" target=\"_top\">Full page</a></p>", false));
        return 2;
    }

    /** What a measure page draws: areas at the latest period, else a time series, else groups at the latest period. */
    record Chart(String caption, List<BarChart.Bar> bars, Map<String, Double> areaValues) {
    }

    static Chart chooseChart(JsonNode rows) {
        List<JsonNode> valued = new ArrayList<>();
        rows.forEach(r -> {
            if (!r.path("value").isNull() && !r.path("value").isMissingNode()) {
                valued.add(r);
            }
        });
        List<JsonNode> plain = valued.stream().filter(r -> r.path("breakdowns").isEmpty()).toList();
        Map<String, List<JsonNode>> byPeriod = new TreeMap<>();
        plain.forEach(r -> byPeriod.computeIfAbsent(r.path("period").path("label").asText(), k -> new ArrayList<>()).add(r));
        var areaPeriod = byPeriod.entrySet().stream().filter(e -> e.getValue().size() > 2)
                .max(Comparator.comparing(e -> e.getValue().get(0).path("period").path("end").asInt()));
        if (areaPeriod.isPresent()) {
            List<JsonNode> ranked = areaPeriod.get().getValue().stream()
                    .sorted(Comparator.comparing((JsonNode r) -> -r.path("value").asDouble())).limit(60).toList();
            Map<String, Double> values = new TreeMap<>();
            ranked.forEach(r -> {
                if (r.path("area").has("code")) {
                    values.put(r.path("area").path("code").asText(), r.path("value").asDouble());
                }
            });
            return new Chart("by area, " + areaPeriod.get().getKey() + ", highest first", ranked.stream()
                    .map(r -> bar(r.path("area").path("name").asText(r.path("area_published").asText()), r)).toList(), values);
        }
        if (!plain.isEmpty()) {
            return new Chart("over time", plain.stream().limit(60).map(r -> bar(r.path("period").path("label").asText()
                    + (plain.stream().map(x -> x.path("area_published").asText()).distinct().count() > 1
                            ? ", " + r.path("area_published").asText() : ""), r)).toList(), Map.of());
        }
        int latest = valued.stream().mapToInt(r -> r.path("period").path("end").asInt()).max().orElse(0);
        return new Chart("by group, latest period", valued.stream().filter(r -> r.path("period").path("end").asInt() == latest)
                .limit(40).map(r -> {
                    List<String> parts = new ArrayList<>();
                    r.path("breakdowns").forEach(b -> parts.add(b.path("category_label").asText()));
                    return bar(String.join(", ", parts), r);
                }).toList(), Map.of());
    }

    static String table(String caption, List<BarChart.Bar> bars) {
        StringBuilder table = new StringBuilder("<table><caption>").append(Html.esc(caption)).append("</caption><thead><tr>"
                + "<th scope=\"col\">Group, area or period</th><th scope=\"col\" class=\"app-num\">Value</th>"
                + "<th scope=\"col\" class=\"app-num\">Lower 95% limit</th><th scope=\"col\" class=\"app-num\">Upper 95% limit</th></tr></thead><tbody>");
        for (BarChart.Bar bar : bars) {
            table.append("<tr><th scope=\"row\">").append(Html.esc(bar.label())).append("</th><td class=\"app-num\">")
                    .append(BarChart.format(bar.value())).append("</td><td class=\"app-num\">")
                    .append(bar.lci() == null ? "Not published" : BarChart.format(bar.lci())).append("</td><td class=\"app-num\">")
                    .append(bar.uci() == null ? "Not published" : BarChart.format(bar.uci())).append("</td></tr>");
        }
        return table.append("</tbody></table>").toString();
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

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
