package uk.mobilityexplorer.api.v1.dto;

import java.util.List;

/** A filtered list returned whole, with its length. */
public record CollectionDto<T>(List<T> items, int total) {

    public static <T> CollectionDto<T> of(List<T> items) {
        return new CollectionDto<>(items, items.size());
    }
}
