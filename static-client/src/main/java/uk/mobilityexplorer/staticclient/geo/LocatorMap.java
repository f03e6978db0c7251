package uk.mobilityexplorer.staticclient.geo;

import java.util.List;

/** A small map centred on one area: the view box around it, the areas around it for context, and the area itself. */
public record LocatorMap(String viewBox, List<AreaShape> context, AreaShape area) {

    public LocatorMap {
        context = List.copyOf(context);
    }
}
