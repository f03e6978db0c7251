package uk.mobilityexplorer.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.mobilityexplorer.domain.InvalidQueryException;
import uk.mobilityexplorer.domain.UnknownCodeException;
import uk.mobilityexplorer.ingest.ImportConflictException;
import uk.mobilityexplorer.ingest.ImportException;

/** The one place exceptions become HTTP responses: always problem+json, never a stack trace or class name. */
@Singleton
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";
    /** The realm named in Basic challenges. */
    private static final String REALM = "Mobility Explorer administration";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final MemorySize maxBodySize;

    public ProblemMappers(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    @ServerExceptionMapper
    public Response unknownCode(UnknownCodeException e, UriInfo uri) {
        return problem(404, "/problems/unknown-code", "Not found", e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response invalidQuery(InvalidQueryException e, UriInfo uri) {
        return problem(
                400,
                "/problems/invalid-parameter",
                "Invalid parameter",
                e.getMessage(),
                uri,
                List.of(new ApiProblem.FieldError(e.parameter(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response badImportFile(ImportException e, UriInfo uri) {
        return problem(
                422,
                "/problems/invalid-import-file",
                "Import file rejected",
                "Nothing was changed: " + e.getMessage(),
                uri,
                List.of(new ApiProblem.FieldError("file", e.getMessage())));
    }

    @ServerExceptionMapper
    public Response importConflict(ImportConflictException e, UriInfo uri) {
        return problem(409, "/problems/import-conflict", "Import refused", e.getMessage(), uri, null);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(problem(
                        401,
                        "/problems/unauthenticated",
                        "Authentication required",
                        "This operation needs an administrator account: send its credentials with HTTP Basic authentication.",
                        uri,
                        null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(
                403,
                "/problems/forbidden",
                "Not permitted",
                "This account may not import data: it lacks the importer role.",
                uri,
                null);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return problem(
                404,
                "/problems/not-found",
                "Not found",
                "There is no resource at this path. The API lives under /api/v1; see /q/openapi.",
                uri,
                null);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        return problem(
                405,
                "/problems/method-not-allowed",
                "Method not allowed",
                "This resource is read-only: only GET, HEAD and OPTIONS are accepted.",
                uri,
                null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null
                ? "Request failed"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return problem(
                status,
                "/problems/http-" + status,
                title,
                "The request could not be served: " + title + ".",
                uri,
                null);
    }

    @ServerExceptionMapper
    public Response unreadableBody(IOException e, UriInfo uri) {
        // The client stopped sending or sent more than the limit: its fault, not an incident.
        return problem(
                400,
                "/problems/unreadable-body",
                "Unreadable request body",
                "The request body could not be read to the end: " + e.getMessage() + ".",
                uri,
                null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return problem(
                500,
                "/problems/internal-error",
                "Internal error",
                "Something went wrong on our side. Quote incident " + incident + " if you report it.",
                uri,
                null);
    }

    /**
     * Bodies must declare their length, and one declared larger than the limit is refused before anything reads it,
     * with the same problem+json as every other error (the HTTP layer's own refusal, for a chunked body that grows
     * past the limit, would have no body).
     */
    void checkBodyLength(@Observes Filters filters) {
        filters.register(
                ctx -> {
                    String length = ctx.request().getHeader("Content-Length");
                    if (length == null && ctx.request().getHeader("Transfer-Encoding") != null) {
                        ctx.response().putHeader("Connection", "close");
                        endWithProblem(
                                ctx,
                                411,
                                "/problems/length-required",
                                "Length required",
                                "Send the request body with a Content-Length header; chunked uploads are not accepted.");
                    } else if (length != null
                            && (!length.matches("\\d{1,18}") || Long.parseLong(length) > maxBodySize.asLongValue())) {
                        ctx.response().putHeader("Connection", "close");
                        endWithProblem(
                                ctx,
                                413,
                                "/problems/body-too-large",
                                "Request too large",
                                "The request body is larger than this service accepts ("
                                        + maxBodySize.asLongValue() / (1024 * 1024)
                                        + " MB, for an import of one edition's files).");
                    } else {
                        ctx.next();
                    }
                },
                FilterPriorities.BODY_LENGTH);
    }

    /** Writes a problem+json response at the HTTP layer, for filters that answer before the REST pipeline. */
    public static void endWithProblem(RoutingContext ctx, int status, String type, String title, String detail) {
        String body = JsonObject.of(
                        "type",
                        type,
                        "title",
                        title,
                        "status",
                        status,
                        "detail",
                        detail,
                        "instance",
                        ctx.request().path())
                .encode();
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", PROBLEM_JSON)
                .end(body);
    }

    static Response problem(
            int status, String type, String title, String detail, UriInfo uri, List<ApiProblem.FieldError> errors) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        return Response.status(status)
                .type(PROBLEM_JSON)
                .entity(new ApiProblem(type, title, status, detail, instance, errors))
                .build();
    }
}
