package uk.mobilityexplorer.staticclient.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import uk.mobilityexplorer.staticclient.site.SiteWriter;

/** Charts are laid out for the reader's width: text keeps a readable pixel size instead of scaling with the picture. */
class ChartTextTest {

    /** Text in a chart must be at least this many CSS pixels high on any screen. */
    static final int MIN_FONT_PX = 12;

    private static final BarChart BARS = BarChart.layout("c", "Title", "Description", List.of(
            new BarChart.Input("Female", "Berkshire, Buckinghamshire and Oxfordshire and a very long name", 12.5, 10.0,
                    15.0, Palette.PRIMARY, "12.5%"),
            new BarChart.Input("Male", "Wales", -3.0, null, null, Palette.PRIMARY, "-3.0%")), List.of(), null, null, 1);

    private static final LineChart LINES = LineChart.layout("l", "Title", "Description", List.of("2014", "2015", "2016"),
            List.of(new LineChart.Input("Lower working", List.of(new LineChart.Point("2014", 10, 9.0, 11.0),
                    new LineChart.Point("2016", 12, 11.0, 13.0))), new LineChart.Input("Higher professional",
                            List.of(new LineChart.Point("2015", 20, null, null)))), null, null, 1);

    private static Element svg(Figure figure) {
        return Jsoup.parse(SiteWriter.render("tag/figure.jte", figure), "", Parser.xmlParser()).selectFirst("svg");
    }

    @Test
    void chartsAreAsWideAsTheirContainerWithoutAViewBoxThatWouldShrinkText() {
        for (Figure f : List.of(BARS, LINES)) {
            assertThat(svg(f).attr("width")).isEqualTo("100%");
            assertThat(svg(f).hasAttr("viewBox")).isFalse();
        }
    }

    @Test
    void everyTextIsAtLeastTwelvePixels() {
        for (Figure f : List.of(BARS, LINES)) {
            for (Element text : svg(f).select("text")) {
                String size = text.attr("font-size");
                Element e = text;
                while (size.isEmpty()) {
                    e = e.parent();
                    size = e.attr("font-size");
                }
                assertThat(Double.parseDouble(size)).as(text.text()).isGreaterThanOrEqualTo(MIN_FONT_PX);
            }
        }
    }

    @Test
    void longLabelsWrapAboveTheirBarToFitAPhone() {
        List<String> lines = svg(BARS).select("text").eachText().stream()
                .filter(t -> t.startsWith("Berkshire") || t.contains("very long")).toList();
        assertThat(lines).hasSizeGreaterThan(1).allMatch(l -> l.length() <= Wrap.CHARS);
    }

    @Test
    void horizontalPositionsArePercentagesWithinTheChart() {
        for (Element e : svg(BARS).select("rect, line")) {
            for (String attr : List.of("x", "x1", "x2")) {
                if (e.hasAttr(attr)) {
                    assertThat(e.attr(attr)).endsWith("%");
                    assertThat(Double.parseDouble(e.attr(attr).replace("%", ""))).isBetween(0.0, 100.0);
                }
            }
        }
    }

    @Test
    void linesHaveIntervalBandsOnlyWhereEveryPointHasAnInterval() {
        assertThat(LINES.series().get(0).band()).startsWith("M").endsWith("Z");
        assertThat(LINES.series().get(1).band()).isNull();
        assertThat(svg(LINES).select("path")).hasSize(1);
    }
}
