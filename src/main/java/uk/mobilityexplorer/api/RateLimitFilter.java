package uk.mobilityexplorer.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Fixed one-minute windows per client address. A client over its allowance gets 429 with Retry-After set to the
 * seconds left in the window. Counters of past windows are dropped when a new window starts, so memory stays bounded
 * by the number of clients seen in one minute.
 */
@Singleton
public class RateLimitFilter {

    private final RateLimitConfig config;
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private volatile long window;

    public RateLimitFilter(RateLimitConfig config) {
        this.config = config;
    }

    void register(@Observes Filters filters) {
        filters.register(this::limit, 20);
    }

    private void limit(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (!config.enabled() || !request.path().startsWith("/api/")) {
            ctx.next();
            return;
        }
        long now = System.currentTimeMillis();
        long current = now / 60_000;
        if (current != window) {
            synchronized (this) {
                if (current != window) {
                    counts.clear();
                    window = current;
                }
            }
        }
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        int used = counts.computeIfAbsent(client, k -> new AtomicInteger()).incrementAndGet();
        if (used <= config.requestsPerMinute()) {
            ctx.next();
            return;
        }
        long retryAfter = Math.max(1, (current + 1) * 60 - now / 1000);
        String detail = "This client has made more than " + config.requestsPerMinute()
                + " requests this minute. Retry after " + retryAfter + " seconds.";
        ctx.response().putHeader("Retry-After", Long.toString(retryAfter));
        ProblemMappers.endWithProblem(ctx, 429, "/problems/rate-limited", "Too many requests", detail);
    }
}
