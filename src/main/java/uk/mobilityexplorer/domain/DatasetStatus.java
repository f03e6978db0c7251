package uk.mobilityexplorer.domain;

import jakarta.persistence.Converter;

/** Where a published file stands within its edition. */
public enum DatasetStatus implements Coded {
    CURRENT("current"),
    /** Replaced by a correction within the same edition: kept for reference, never served by default. */
    SUPERSEDED("superseded"),
    DRAFT("draft");

    private final String code;

    DatasetStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Stores the status as its code. */
    @Converter
    public static class StoredAsCode extends CodedConverter<DatasetStatus> {
        public StoredAsCode() {
            super(DatasetStatus.class);
        }
    }
}
