package uk.mobilityexplorer.staticclient.chart;

import java.util.ArrayList;
import java.util.List;

/** Breaks chart text into lines that fit a 320 px screen, since SVG text does not wrap by itself. */
final class Wrap {

    /** About this many characters of 14 px text fit across a phone screen's chart. */
    static final int CHARS = 36;

    private Wrap() {
    }

    static List<String> lines(String text, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
