package uk.mobilityexplorer.api;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a cross-origin request with a method CORS does not allow (any write: the API is read-only from browsers)
 * with 403 problem+json, as every other error, before the HTTP layer's CORS check would refuse it with an empty body.
 */
@Singleton
public class CorsRefusal {

    private final Set<String> allowedMethods;

    public CorsRefusal(@ConfigProperty(name = "quarkus.http.cors.methods") List<String> allowedMethods) {
        this.allowedMethods = allowedMethods.stream()
                .map(m -> m.strip().toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuse);
    }

    private void refuse(RoutingContext ctx) {
        String origin = ctx.request().getHeader("Origin");
        String method = ctx.request().method().name();
        if (origin == null
                || allowedMethods.contains(method)
                || origin.equalsIgnoreCase(
                        ctx.request().scheme() + "://" + ctx.request().authority())) {
            ctx.next();
            return;
        }
        ProblemMappers.endWithProblem(
                ctx,
                403,
                "/problems/cross-origin-refused",
                "Cross-origin request refused",
                "Browsers on other sites may only read this API (GET, HEAD, OPTIONS); " + method + " is not allowed.");
    }
}
