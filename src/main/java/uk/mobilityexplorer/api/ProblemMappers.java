package uk.mobilityexplorer.api;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import uk.mobilityexplorer.domain.InvalidQueryException;
import uk.mobilityexplorer.domain.UnknownCodeException;

/** The one place exceptions become HTTP responses: always problem+json, never a stack trace or class name. */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response unknownCode(UnknownCodeException e, UriInfo uri) {
        return problem(404, "/problems/unknown-code", "Not found", e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response invalidQuery(InvalidQueryException e, UriInfo uri) {
        return problem(400, "/problems/invalid-parameter", "Invalid parameter", e.getMessage(), uri,
                List.of(new ApiProblem.FieldError(e.parameter(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return problem(404, "/problems/not-found", "Not found",
                "There is no resource at this path. The API lives under /api/v1; see /q/openapi.", uri, null);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        return problem(405, "/problems/method-not-allowed", "Method not allowed",
                "This API is read-only: only GET, HEAD and OPTIONS are accepted.", uri, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null ? "Request failed"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return problem(status, "/problems/http-" + status, title, "The request could not be served: " + title + ".",
                uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return problem(500, "/problems/internal-error", "Internal error",
                "Something went wrong on our side. Quote incident " + incident + " if you report it.", uri, null);
    }

    static Response problem(int status, String type, String title, String detail, UriInfo uri,
            List<ApiProblem.FieldError> errors) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        return Response.status(status).type(PROBLEM_JSON)
                .entity(new ApiProblem(type, title, status, detail, instance, errors)).build();
    }
}
