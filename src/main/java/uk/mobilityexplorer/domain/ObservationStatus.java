package uk.mobilityexplorer.domain;

import jakarta.persistence.Converter;

/** What a published row says about its value. */
public enum ObservationStatus implements Coded {
    /** A value as the Commission published it. */
    PUBLISHED("published"),
    /** A modelled value (a random effect, or a row the file notes as model-based), not a direct survey estimate. */
    ESTIMATED("estimated"),
    /** The row is published with no value and no reason. */
    NOT_AVAILABLE("not-available"),
    /** The value is suppressed in the file ("x"), usually to protect a small sample. */
    WITHHELD("withheld");

    private final String code;

    ObservationStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Stores the status as its code. */
    @Converter
    public static class StoredAsCode extends CodedConverter<ObservationStatus> {
        public StoredAsCode() {
            super(ObservationStatus.class);
        }
    }
}
