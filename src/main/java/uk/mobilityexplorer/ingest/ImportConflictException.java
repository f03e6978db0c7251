package uk.mobilityexplorer.ingest;

/** An import that is well formed but cannot run now: a published edition's figures, or another import under way. */
public class ImportConflictException extends RuntimeException {

    public ImportConflictException(String message) {
        super(message);
    }
}
