package uk.mobilityexplorer.domain;

import jakarta.persistence.Converter;

/** Whether an edition's figures are final (published) or may still be replaced by an import (draft). */
public enum EditionStatus implements Coded {
    PUBLISHED("published"),
    DRAFT("draft");

    private final String code;

    EditionStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Stores the status as its code. */
    @Converter
    public static class StoredAsCode extends CodedConverter<EditionStatus> {
        public StoredAsCode() {
            super(EditionStatus.class);
        }
    }
}
