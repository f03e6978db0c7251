package uk.mobilityexplorer.api.v1.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.mobilityexplorer.domain.InvalidQueryException;

/** A parameter that takes several values, repeated or comma-separated. */
final class ListValues {

    static final int MAX_VALUES = 100;

    private ListValues() {}

    static List<String> split(String parameter, List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            values.forEach(v -> Arrays.stream(v.split(","))
                    .map(String::strip)
                    .filter(x -> !x.isEmpty())
                    .forEach(out::add));
        }
        if (out.size() > MAX_VALUES) {
            throw new InvalidQueryException(parameter, parameter + " takes at most " + MAX_VALUES + " values.");
        }
        return out;
    }
}
