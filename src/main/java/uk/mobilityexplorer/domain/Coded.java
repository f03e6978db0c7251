package uk.mobilityexplorer.domain;

import java.util.Arrays;
import java.util.Optional;

/** An enum stored and served as a lower-case code (the value the seed files and the database hold). */
public interface Coded {

    String code();

    /** The constant with this exact code, if any. */
    static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.code().equals(code))
                .findFirst();
    }
}
