package uk.mobilityexplorer.domain;

/** A request parameter with a value the API cannot use; names the parameter and what it accepts. */
public class InvalidQueryException extends RuntimeException {
    private final String parameter;

    public InvalidQueryException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
