package uk.mobilityexplorer.staticclient.api.model;

import java.util.List;

/** A council's place among the areas that carry figures: the Commission's area per edition, its region and nation. */
public record CouncilLinks(String status, List<CompositeArea> compositeAreas, AreaRef itl2, AreaRef nation,
        String figuresNote) {

    /** The Commission's area holding the council in one edition. */
    public record CompositeArea(String edition, AreaRef area) {
    }
}
