package uk.mobilityexplorer.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the period labels used in the published files into a start year, an end year and a kind. */
public final class Periods {

    /** A parsed period; years are null for labels such as "Average" that name no years. */
    public record Period(String label, Integer start, Integer end, String kind) {}

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern SHORT_SPAN = Pattern.compile("(\\d{4})(?:/|-)?(\\d{2})");
    private static final Pattern LONG_SPAN = Pattern.compile("(\\d{4})(?:-| to )(\\d{4})");

    private Periods() {}

    /**
     * @param movingAverage true where the row belongs to a three-year moving average: the year is then the window's end
     * @return null where the label is not a period at all
     */
    public static Period parse(String label, boolean movingAverage) {
        if (label.isEmpty() || label.equals("NA")) {
            return new Period("Not stated", null, null, "not-stated");
        }
        if (label.equalsIgnoreCase("Average")) {
            return new Period("Average", null, null, "average-of-years");
        }
        Matcher m = YEAR.matcher(label);
        if (m.matches()) {
            int year = Integer.parseInt(label);
            return movingAverage
                    ? new Period(label, year - 2, year, "three-year-average")
                    : new Period(label, year, year, "year");
        }
        m = LONG_SPAN.matcher(label);
        if (m.matches()) {
            int start = Integer.parseInt(m.group(1));
            int end = Integer.parseInt(m.group(2));
            return end < start ? null : new Period(label, start, end, start == end ? "year" : "range");
        }
        m = SHORT_SPAN.matcher(label);
        if (m.matches()) {
            int start = Integer.parseInt(m.group(1));
            int end = start / 100 * 100 + Integer.parseInt(m.group(2));
            if (end < start) {
                end += 100;
            }
            boolean singleSeason = end == start + 1 && !label.contains("-");
            return new Period(label, start, end, singleSeason ? "academic-or-financial-year" : "range");
        }
        return null;
    }

    /** The average of the years of {@code period}; "Average" alone where the period names no years. */
    public static Period averageOf(Period period) {
        return period.start() == null
                ? new Period("Average", null, null, "average-of-years")
                : new Period(period.label(), period.start(), period.end(), "average-of-years");
    }
}
