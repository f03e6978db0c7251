package uk.mobilityexplorer.staticclient.api.model;

import java.util.List;

/**
 * Response of {@code GET /api/v1/areas/{code}/profile}: an area's headline figure on each measure. For a council the
 * figures belong to {@code figuresArea}, the area holding it, and {@code figuresNote} says so (both absent from older
 * APIs).
 */
public record Profile(Area area, AreaRef figuresArea, String figuresNote, String edition, String comparisonMethod,
        List<ProfileItem> items) {
}
