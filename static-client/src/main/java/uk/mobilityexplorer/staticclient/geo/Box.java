package uk.mobilityexplorer.staticclient.geo;

import java.util.Locale;

/** An axis-aligned rectangle in map units (SVG user units, y downwards). */
public record Box(int minX, int minY, int maxX, int maxY) {

    public Box {
        if (maxX < minX || maxY < minY) {
            throw new IllegalArgumentException("empty box " + minX + " " + minY + " " + maxX + " " + maxY);
        }
    }

    static Box parse(String text) {
        String[] f = text.split(" ");
        return new Box(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]));
    }

    /** The smallest box holding both. */
    public Box union(Box other) {
        return new Box(Math.min(minX, other.minX), Math.min(minY, other.minY), Math.max(maxX, other.maxX),
                Math.max(maxY, other.maxY));
    }

    public int width() {
        return maxX - minX;
    }

    public int height() {
        return maxY - minY;
    }

    public boolean intersects(Box other) {
        return minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY;
    }

    public boolean contains(Box other) {
        return minX <= other.minX && other.maxX <= maxX && minY <= other.minY && other.maxY <= maxY;
    }

    /** The value of an SVG viewBox attribute showing this rectangle. */
    public String viewBox() {
        return String.format(Locale.ROOT, "%d %d %d %d", minX, minY, width(), height());
    }

    String text() {
        return String.format(Locale.ROOT, "%d %d %d %d", minX, minY, maxX, maxY);
    }
}
