package uk.mobilityexplorer.api;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.netty.buffer.Unpooled;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import uk.mobilityexplorer.domain.DataReplaced;

/**
 * Keeps the bytes of successful API responses by URL and representation (JSON or CSV), for as long as their
 * Cache-Control allows. Bounded by total bytes ({@code mobility.response-cache.max-size}; 0 turns it off), least
 * recently used first out. An import empties it, except for responses pinned to a published edition when only a draft
 * changed; a response computed while an import was committing is not stored, so what is kept never predates the data
 * it came from. A request sent with {@code Cache-Control: no-cache} is always computed afresh.
 */
@Singleton
public class ResponseCache {

    /** A stored response: body and the headers that travel with it ({@code vary} may be null). */
    private record Entry(int size, Buffer buffer, String contentType, String etag, String cacheControl, String vary,
            boolean immutable, long expiresAt) {
    }

    private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

    private final Map<String, Entry> entries = new LinkedHashMap<>(1024, 0.75f, true);
    private long bytes;
    /** Counts imports; a response is stored only if no import finished while it was being computed. */
    private volatile long generation;
    private static final String GENERATION = ResponseCache.class.getName() + ".generation";
    private final long maxBytes;

    public ResponseCache(ResponseCacheConfig config) {
        this.maxBytes = config.maxSize().asLongValue();
    }

    /**
     * Serves a stored response straight from the HTTP layer, before the REST pipeline, for GET /api requests. Runs
     * after the CORS and rate-limit filters (lower priority), so those still apply to every hit.
     */
    void register(@Observes Filters filters) {
        if (maxBytes > 0) {
            filters.register(this::serveStored, 10);
        }
    }

    private void serveStored(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.method() != HttpMethod.GET || !request.path().startsWith("/api/")
                || asksForAFreshResponse(request)) {
            ctx.next();
            return;
        }
        String accept = String.join(",", request.headers().getAll(HttpHeaders.ACCEPT));
        String key = key(request.path(), request.query(), accept);
        Entry hit;
        synchronized (this) {
            hit = entries.get(key);
            if (hit != null && System.nanoTime() - hit.expiresAt() > 0) {
                // Kept no longer than a CDN may keep it, so another replica's import shows here within max-age too.
                entries.remove(key);
                bytes -= hit.size();
                hit = null;
            }
        }
        if (hit == null) {
            ctx.next();
            return;
        }
        var response = ctx.response();
        response.putHeader(HttpHeaders.ETAG, "\"" + hit.etag() + "\"").putHeader(HttpHeaders.CACHE_CONTROL, hit.cacheControl());
        if (hit.vary() != null) {
            response.putHeader(HttpHeaders.VARY, hit.vary());
        }
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && (ifNoneMatch.contains("\"" + hit.etag() + "\"") || ifNoneMatch.equals("*"))) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, hit.contentType()).end(hit.buffer());
    }

    void onDataReplaced(@Observes DataReplaced event) {
        synchronized (this) {
            // Keeping the published editions' responses spares every client a burst of recomputation after each
            // draft import, a burst that otherwise stalls a busy replica for a second or two.
            entries.values().removeIf(entry -> !(event.draftOnly() && entry.immutable()));
            bytes = entries.values().stream().mapToLong(Entry::size).sum();
            generation++;
        }
    }

    @ServerRequestFilter
    public void noteGeneration(ContainerRequestContext request) {
        request.setProperty(GENERATION, generation);
    }

    @ServerResponseFilter
    public void store(ContainerRequestContext request, ContainerResponseContext response) {
        var uri = request.getUriInfo().getRequestUri();
        if (maxBytes == 0 || !request.getMethod().equals("GET") || !uri.getRawPath().startsWith("/api/")) {
            return;
        }
        if (response.getStatus() != 200 || !(response.getEntity() instanceof byte[] body)
                || response.getEntityTag() == null) {
            return;
        }
        String key = key(uri.getRawPath(), uri.getRawQuery(), request.getHeaderString(HttpHeaders.ACCEPT));
        String cacheControl = response.getHeaderString(HttpHeaders.CACHE_CONTROL);
        Matcher maxAge = MAX_AGE.matcher(cacheControl == null ? "" : cacheControl);
        boolean immutable = cacheControl != null && cacheControl.contains("immutable");
        long lifetime = immutable ? Long.MAX_VALUE / 2
                : TimeUnit.SECONDS.toNanos(maxAge.find() ? Long.parseLong(maxAge.group(1)) : 0);
        Entry entry = new Entry(body.length, offHeap(body), response.getMediaType().toString(),
                response.getEntityTag().getValue(), cacheControl, response.getHeaderString(HttpHeaders.VARY), immutable,
                System.nanoTime() + lifetime);
        synchronized (this) {
            if (!Long.valueOf(generation).equals(request.getProperty(GENERATION))) {
                return;
            }
            Entry previous = entries.put(key, entry);
            bytes += body.length - (previous == null ? 0 : previous.size());
            var oldest = entries.entrySet().iterator();
            while (bytes > maxBytes && oldest.hasNext()) {
                bytes -= oldest.next().getValue().size();
                oldest.remove();
            }
        }
    }

    /**
     * The body in direct memory, so each hit is written to the socket without copying it first. Netty never frees it
     * (unreleasable); the garbage collector does, once the entry is evicted and no write still holds it.
     */
    private static Buffer offHeap(byte[] body) {
        ByteBuffer memory = ByteBuffer.allocateDirect(body.length).put(body).flip();
        return Buffer.buffer(Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(memory)));
    }

    /**
     * A request with {@code Cache-Control: no-cache} wants a response computed now (RFC 9111); it gets one, and that
     * response replaces the stored one. Any client can reach the computation anyway by varying its filters, so this
     * opens nothing the rate limit does not already guard.
     */
    private static boolean asksForAFreshResponse(HttpServerRequest request) {
        String cacheControl = request.getHeader(HttpHeaders.CACHE_CONTROL);
        return cacheControl != null && cacheControl.toLowerCase(java.util.Locale.ROOT).contains("no-cache");
    }

    /** Keyed on the representation the Accept header selects, so clients that word it differently share entries. */
    private static String key(String rawPath, String rawQuery, String accept) {
        return rawPath + "?" + rawQuery + (Representations.acceptsCsv(accept) ? "|csv" : "|json");
    }
}
