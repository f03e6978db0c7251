package uk.mobilityexplorer.api;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * Per-client token buckets on the public API ({@link TokenBuckets}): a client over its allowance gets 429 with
 * Retry-After set to the seconds until its next request is allowed.
 */
@Singleton
public class RateLimitFilter {

    private final RateLimitConfig config;
    private final ClientAddress clients;
    private final TokenBuckets buckets;

    public RateLimitFilter(RateLimitConfig config, ClientAddress clients, Clock clock) {
        this.config = config;
        this.clients = clients;
        this.buckets = new TokenBuckets(
                Math.max(1, config.requestsPerMinute()),
                Duration.ofMinutes(1).dividedBy(Math.max(1, config.requestsPerMinute())),
                config.maxClients(),
                TokenBuckets.WhenFull.DROP_LEAST_RECENTLY_USED,
                clock);
    }

    void register(@Observes Filters filters) {
        filters.register(this::limit, FilterPriorities.RATE_LIMIT);
    }

    private void limit(RoutingContext ctx) {
        // The path as routed: escapes such as %61 decoded and dot segments removed, so no spelling goes round the
        // limit.
        if (!config.enabled() || !ctx.normalizedPath().startsWith("/api/")) {
            ctx.next();
            return;
        }
        TokenBuckets.Decision decision = buckets.take(clients.of(ctx.request()));
        if (decision.allowed()) {
            ctx.next();
            return;
        }
        long retryAfter = TokenBuckets.seconds(decision.retryAfter());
        ctx.response().putHeader("Retry-After", Long.toString(retryAfter));
        ProblemMappers.endWithProblem(
                ctx,
                429,
                "/problems/rate-limited",
                "Too many requests",
                "This client has used its allowance of " + config.requestsPerMinute()
                        + " requests a minute. Retry after " + retryAfter + " seconds.");
    }
}
