package uk.mobilityexplorer.api;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Refuses a request line or header block longer than {@code mobility.request-limits.*} with problem+json. The HTTP
 * layer's own refusal carries no body and happens before any filter runs, so its limits
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set well above these and only
 * stop requests so large that they are not worth an answer.
 */
@Singleton
public class RequestLimits {

    private final RequestLimitsConfig config;

    public RequestLimits(RequestLimitsConfig config) {
        this.config = config;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, FilterPriorities.REQUEST_LIMITS);
    }

    private void check(RoutingContext ctx) {
        var request = ctx.request();
        // As the HTTP codec counts: "GET <uri> HTTP/1.1", and each header line.
        int requestLine = request.method().name().length() + request.uri().length() + 10;
        long headerBlock = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBlock += header.getKey().length() + header.getValue().length() + 4;
        }
        if (requestLine > config.requestLine()) {
            ctx.response().putHeader("Connection", "close");
            ProblemMappers.endWithProblem(
                    ctx,
                    414,
                    "/problems/uri-too-long",
                    "URI too long",
                    "The request line is longer than this service accepts (" + config.requestLine()
                            + " characters): ask for fewer values or split the request.");
        } else if (headerBlock > config.headerBlock().asLongValue()) {
            ctx.response().putHeader("Connection", "close");
            ProblemMappers.endWithProblem(
                    ctx,
                    431,
                    "/problems/headers-too-large",
                    "Request headers too large",
                    "The request's headers are larger than this service accepts ("
                            + config.headerBlock().asLongValue() / 1024 + " KB).");
        } else {
            ctx.next();
        }
    }
}
