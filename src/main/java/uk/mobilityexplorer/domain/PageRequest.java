package uk.mobilityexplorer.domain;

/**
 * Which page of a result to return. Both bounds keep the row offset, {@code (page - 1) * size}, within an int, the
 * range the database query takes: 1,000,000 pages of 1,000 rows is far beyond any dataset.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_PAGE = 1_000_000;
    public static final int MAX_SIZE = 1000;
    public static final int DEFAULT_SIZE = 100;

    public PageRequest {
        if (page < 1 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page " + page + " of size " + size + " is out of range");
        }
    }

    /** Parses the query parameters {@code page} and {@code page_size}; absent values take their defaults. */
    public static PageRequest parse(String page, String size) {
        return new PageRequest(whole("page", page, 1, MAX_PAGE), whole("page_size", size, DEFAULT_SIZE, MAX_SIZE));
    }

    /** The first row of this page, counted from zero. */
    public int offset() {
        return (page - 1) * size;
    }

    private static int whole(String name, String value, int fallback, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // Falls through to the same answer as a number out of range.
        }
        throw new InvalidQueryException(name, name + " must be a whole number from 1 to " + max + ".");
    }
}
