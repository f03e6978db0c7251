package uk.mobilityexplorer.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The orders a page of observations can come in; each ends on the ascending row id, so pages never overlap. */
public enum ObservationSort {
    SOURCE("source", false),
    PERIOD("period", false, "periodStart", "periodEnd", "period"),
    PERIOD_DESCENDING("-period", true, "periodStart", "periodEnd", "period"),
    VALUE("value", false, "value"),
    VALUE_DESCENDING("-value", true, "value"),
    AREA("area", false, "areaCode");

    private final String code;
    private final boolean descending;
    private final List<String> attributes;

    ObservationSort(String code, boolean descending, String... attributes) {
        this.code = code;
        this.descending = descending;
        this.attributes = List.of(attributes);
    }

    /** Attributes to order by, before the row id. */
    public List<String> attributes() {
        return attributes;
    }

    public boolean descending() {
        return descending;
    }

    /** The order named by the query parameter {@code sort} (any case); source order when absent. */
    public static ObservationSort parse(String sort) {
        if (sort == null) {
            return SOURCE;
        }
        return Arrays.stream(values())
                .filter(s -> s.code.equals(sort.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new InvalidQueryException(
                        "sort",
                        "sort must be one of: "
                                + Arrays.stream(values())
                                        .map(s -> s.code)
                                        .sorted()
                                        .collect(Collectors.joining(", ")) + "."));
    }
}
