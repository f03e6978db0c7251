package uk.mobilityexplorer.staticclient.view;

/** An Atom entry: a new edition or a correction, with an absolute link and an RFC 3339 date. */
public record FeedEntry(String id, String title, String href, String updated, String summary) {
}
