package uk.mobilityexplorer.staticclient.api.model;

/** A State of the Nation edition; {@code publishedOn} is null for drafts. */
public record Edition(String id, String title, String status, String publishedOn, boolean latest, Ranking ranking) {

    public boolean isPublished() {
        return "published".equals(status);
    }
}
