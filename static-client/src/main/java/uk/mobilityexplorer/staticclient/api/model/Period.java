package uk.mobilityexplorer.staticclient.api.model;

/** A period as published, with its first and last year where known, and its kind (year, range, average-of-years...). */
public record Period(String label, Integer start, Integer end, String kind) {

    /** True for a period that pools or averages several years, such as 2014-2021 or "Average". */
    public boolean combinesYears() {
        return "average-of-years".equals(kind) || start != null && end != null && end > start;
    }

    /** True when this period's years include all of {@code other}'s, and {@code other} is a different period. */
    public boolean covers(Period other) {
        if (label.equals(other.label())) {
            return false;
        }
        if (start == null || other.start() == null) {
            return "average-of-years".equals(kind);
        }
        return start <= other.start() && other.end() != null && end != null && other.end() <= end;
    }
}
