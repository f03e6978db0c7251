package uk.mobilityexplorer.staticclient.view;

import java.util.List;

/**
 * What the layout needs for any page: its title, the relative path back to the site root, breadcrumbs, and whether it
 * is an embed (no site header or footer, links open in the top window).
 */
public record PageMeta(String title, String root, List<Crumb> crumbs, boolean embed) {

    /** Browser tabs and search results cut titles short, so the document title stays within this length. */
    static final int TITLE_LIMIT = 70;
    private static final String SUFFIX = " – Mobility Explorer";

    /** The document title: the page's title and the site's name, or as much of the page's title as fits. */
    public String documentTitle() {
        if (title.length() + SUFFIX.length() <= TITLE_LIMIT) {
            return title + SUFFIX;
        }
        if (title.length() <= TITLE_LIMIT) {
            return title;
        }
        String cut = title.substring(0, TITLE_LIMIT - 1);
        return cut.substring(0, Math.max(cut.lastIndexOf(' '), TITLE_LIMIT / 2)) + "…";
    }

    public static PageMeta page(String title, String root, List<Crumb> crumbs) {
        return new PageMeta(title, root, crumbs, false);
    }

    public static PageMeta embed(String title, String root) {
        return new PageMeta(title, root, List.of(), true);
    }
}
