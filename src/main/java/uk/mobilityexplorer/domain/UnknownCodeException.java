package uk.mobilityexplorer.domain;

/** A code in a request (measure, area, edition, dimension, category) that names nothing. */
public class UnknownCodeException extends RuntimeException {
    private final String kind;
    private final String code;

    public UnknownCodeException(String kind, String code) {
        super("No " + kind + " has the code '" + code + "'.");
        this.kind = kind;
        this.code = code;
    }

    public String kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
