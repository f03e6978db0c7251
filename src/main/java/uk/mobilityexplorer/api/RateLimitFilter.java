package uk.mobilityexplorer.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * Fixed one-minute windows per client address. A client over its allowance gets 429 with Retry-After set to the
 * seconds left in the window. Counters of past windows are dropped when a new window starts, so memory stays bounded
 * by the number of clients seen in one minute.
 */
public class RateLimitFilter {

    private final RateLimitConfig config;
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private volatile long window;

    public RateLimitFilter(RateLimitConfig config) {
        this.config = config;
    }

    @ServerRequestFilter
    public Response limit(HttpServerRequest request, UriInfo uri) {
        if (!config.enabled() || !uri.getPath().startsWith("/api/")) {
            return null;
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
            return null;
        }
        long retryAfter = Math.max(1, (current + 1) * 60 - now / 1000);
        return Response.fromResponse(ProblemMappers.problem(429, "/problems/rate-limited", "Too many requests",
                        "This client has made more than " + config.requestsPerMinute()
                                + " requests this minute. Retry after " + retryAfter + " seconds.", uri, null))
                .header("Retry-After", Long.toString(retryAfter)).build();
    }
}
