package uk.mobilityexplorer.ingest;

/**
 * A problem in an input file that stops its import; the message always starts with {@code file:line:column}.
 */
public class ImportException extends RuntimeException {

    public ImportException(String file, long line, int column, String message) {
        super(file + ":" + line + ":" + column + ": " + message);
    }

    public ImportException(String file, String message) {
        super(file + ": " + message);
    }
}
