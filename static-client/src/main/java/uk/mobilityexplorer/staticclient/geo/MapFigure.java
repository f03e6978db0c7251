package uk.mobilityexplorer.staticclient.geo;

import java.util.List;
import java.util.Optional;

/** A whole-UK map of one boundary set: the frame, every area's shape, and the London inset where the set has one. */
public record MapFigure(Box frame, List<AreaShape> shapes, Optional<Inset> londonInset) {

    /** Locator maps show at least this much (map units, about 70 km), so a small area keeps some surroundings. */
    static final int LOCATOR_MIN_SPAN = 100;
    /** The area takes at most this share of the locator's width or height. */
    static final double LOCATOR_AREA_SHARE = 0.6;

    public MapFigure {
        shapes = List.copyOf(shapes);
    }

    public String viewBox() {
        return frame.viewBox();
    }

    /** @throws IllegalArgumentException when no area has that key */
    public AreaShape shape(String key) {
        return shapes.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no area '" + key + "' on this map"));
    }

    /**
     * A square view centred on the area, wide enough to show its neighbours, kept inside the map frame; the context is
     * every other area reaching into that view.
     *
     * @throws IllegalArgumentException when no area has that key
     */
    public LocatorMap locator(String key) {
        return locator(shape(key));
    }

    /**
     * A locator for a larger area drawn as the areas of this map that make it up (a nation from its ITL2 regions).
     *
     * @throws IllegalArgumentException when no area of this map is part of it
     */
    public LocatorMap locatorOfParts(String key, String name, java.util.function.Predicate<String> isPart) {
        List<AreaShape> parts = shapes.stream().filter(s -> isPart.test(s.key())).toList();
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no area of '" + key + "' on this map");
        }
        Box bounds = parts.stream().map(AreaShape::bounds).reduce(Box::union).orElseThrow();
        String path = String.join(" ", parts.stream().map(AreaShape::pathData).toList());
        AreaShape whole = new AreaShape(key, name, path, parts.get(0).labelX(), parts.get(0).labelY(), bounds);
        LocatorMap view = locator(whole);
        return new LocatorMap(view.viewBox(), view.context().stream().filter(s -> !isPart.test(s.key())).toList(),
                whole);
    }

    private LocatorMap locator(AreaShape area) {
        String key = area.key();
        Box b = area.bounds();
        int span = (int) Math.ceil(Math.max(b.width(), b.height()) / LOCATOR_AREA_SHARE);
        span = Math.min(Math.max(span, LOCATOR_MIN_SPAN), Math.min(frame.width(), frame.height()));
        int minX = clamp((b.minX() + b.maxX() - span) / 2, frame.minX(), frame.maxX() - span);
        int minY = clamp((b.minY() + b.maxY() - span) / 2, frame.minY(), frame.maxY() - span);
        Box view = new Box(minX, minY, minX + span, minY + span);
        List<AreaShape> context = shapes.stream()
                .filter(s -> !s.key().equals(key) && s.bounds().intersects(view))
                .toList();
        return new LocatorMap(view.viewBox(), context, area);
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(value, max));
    }
}
