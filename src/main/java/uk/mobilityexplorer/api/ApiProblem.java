package uk.mobilityexplorer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RFC 9457 problem details, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiProblem(
        String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    /** One parameter that was rejected, and why. */
    public record FieldError(String parameter, String message) {}
}
