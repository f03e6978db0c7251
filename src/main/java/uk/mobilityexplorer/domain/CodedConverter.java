package uk.mobilityexplorer.domain;

import jakarta.persistence.AttributeConverter;

/** Maps a {@link Coded} enum to its code column; an unknown code in the database is a data error, not a null. */
public abstract class CodedConverter<E extends Enum<E> & Coded> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected CodedConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.code();
    }

    @Override
    public E convertToEntityAttribute(String code) {
        return code == null
                ? null
                : Coded.fromCode(type, code)
                        .orElseThrow(() -> new IllegalStateException(
                                "unknown " + type.getSimpleName() + " '" + code + "' in the database"));
    }
}
