package uk.mobilityexplorer.staticclient.view;

import java.util.List;

/**
 * What the layout needs for any page: its title, the relative path back to the site root, breadcrumbs, and whether it
 * is an embed (no site header or footer, links open in the top window).
 */
public record PageMeta(String title, String root, List<Crumb> crumbs, boolean embed) {

    public static PageMeta page(String title, String root, List<Crumb> crumbs) {
        return new PageMeta(title, root, crumbs, false);
    }

    public static PageMeta embed(String title, String root) {
        return new PageMeta(title, root, List.of(), true);
    }
}
