package uk.mobilityexplorer.staticclient.chart;

import java.util.ArrayList;
import java.util.List;

/** One line of chart text at its baseline. */
public record TextLine(int y, String text) {

    static final int FONT = 14;
    static final int HEIGHT = 18;

    /** The text wrapped to fit a phone screen, its first line's top at {@code top}. */
    static List<TextLine> wrap(int top, String text, int chars) {
        List<TextLine> lines = new ArrayList<>();
        for (String t : Wrap.lines(text, chars)) {
            lines.add(new TextLine(top + FONT + lines.size() * HEIGHT, t));
        }
        return lines;
    }
}
