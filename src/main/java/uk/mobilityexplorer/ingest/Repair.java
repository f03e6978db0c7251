package uk.mobilityexplorer.ingest;

/** One row a {@link RepairRule} changed, with what it did to that row. */
public record Repair(RepairRule rule, String file, long line, String detail) {

    /** Where the row is, as {@code file:line}. */
    public String location() {
        return file + ":" + line;
    }

    /** The repair as one line of text: {@code file:line: what was done}. */
    public String describe() {
        return location() + ": " + detail;
    }
}
