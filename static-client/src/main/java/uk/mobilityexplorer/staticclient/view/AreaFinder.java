package uk.mobilityexplorer.staticclient.view;

import java.util.List;

/** Pages for finding an area: the A to Z of areas and councils (a page per letter), and the index by nation and region. */
public final class AreaFinder {

    private AreaFinder() {
    }

    /** One letter of the A to Z, with every letter that has entries (for the letter index). */
    public record Letter(PageMeta meta, String letter, List<String> letters, List<Entry> entries) {
    }

    /**
     * An area or council: its name, what it is, its own page (null for a council, which has no figures of its own)
     * and the pages that carry its figures.
     */
    public record Entry(String name, String kind, String href, List<AreaProfilePage.Link> links) {
    }

    /** Areas grouped by nation, then region. */
    public record Index(PageMeta meta, List<Group> nations) {
    }

    public record Group(String name, List<AreaProfilePage.Link> areas, List<Group> regions) {
    }

    /** The home page's way in by place: the letter index and small maps of the newest composite indices. */
    public record Home(List<String> letters, List<SmallMap> maps) {
    }

    /** One composite index on the map of the Commission's areas, linked to its measure page. */
    public record SmallMap(String title, String href, uk.mobilityexplorer.staticclient.chart.MapChart map) {
    }
}
