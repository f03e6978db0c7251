package uk.mobilityexplorer.staticclient.view;

/** A breadcrumb: label and link relative to the page. */
public record Crumb(String label, String href) {
}
