package uk.mobilityexplorer.api;

import static io.vertx.core.http.HttpHeaders.createOptimized;

import io.netty.buffer.Unpooled;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import uk.mobilityexplorer.domain.DataReplaced;

/**
 * Keeps the bytes of successful API responses by URL and representation (JSON or CSV), for as long as their
 * Cache-Control allows. Bounded by total bytes ({@code mobility.response-cache.max-size}; 0 turns it off), recently
 * used entries last out. An import empties it, except for responses pinned to a published edition when only a draft
 * changed; a response computed while an import was committing is not stored, so what is kept never predates the data
 * it came from. A request sent with {@code Cache-Control: no-cache} is always computed afresh.
 * <p>
 * A hit takes no lock and copies nothing: the map is concurrent, the body sits in direct memory and the headers were
 * encoded when the response was stored. Eviction is approximate (second chance: a hit marks its entry, and the sweep
 * that makes room spares a marked entry once), which keeps the hit path free of the bookkeeping exact LRU needs.
 */
@Singleton
public class ResponseCache {

    /** What a response is stored under: its path and query as sent, and the representation the Accept selects. */
    private record Key(String path, String query, boolean csv) {}

    /** A header as a hit writes it: Vert.x's ASCII form, which goes to the socket without another encoding. */
    private record Header(CharSequence name, CharSequence value) {
        Header(String name, String value) {
            this(createOptimized(name), createOptimized(value));
        }
    }

    /** A stored response: body, its content type, and the headers a 304 repeats, ready to write. */
    private static final class Entry {
        final int size;
        final Buffer body;
        final CharSequence contentType;
        final String quotedEtag;
        final Header[] headers;
        final boolean immutable;
        final long expiresAt;
        /** Set by a hit, cleared by an eviction sweep that spares the entry; a race loses at most one mark. */
        volatile boolean used;

        Entry(byte[] body, String contentType, String quotedEtag, Header[] headers, boolean immutable, long expiresAt) {
            this.size = body.length;
            this.body = offHeap(body);
            this.contentType = createOptimized(contentType);
            this.quotedEtag = quotedEtag;
            this.headers = headers;
            this.immutable = immutable;
            this.expiresAt = expiresAt;
        }
    }

    private static final CharSequence CONTENT_TYPE = createOptimized(HttpHeaders.CONTENT_TYPE);
    private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>(1024);
    private final AtomicLong bytes = new AtomicLong();
    /** Counts imports; a response is stored only if no import finished while it was being computed. */
    private volatile long generation;

    private static final String GENERATION = ResponseCache.class.getName() + ".generation";
    private final long maxBytes;

    public ResponseCache(ResponseCacheConfig config) {
        this.maxBytes = config.maxSize().asLongValue();
    }

    /** Serves a stored response straight from the HTTP layer, before the REST pipeline, for GET /api requests. */
    void register(@Observes Filters filters) {
        if (maxBytes > 0) {
            filters.register(this::serveStored, FilterPriorities.RESPONSE_CACHE);
        }
    }

    private void serveStored(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.method() != HttpMethod.GET
                || !request.path().startsWith("/api/")
                || asksForAFreshResponse(request)) {
            ctx.next();
            return;
        }
        Key key = key(
                request.path(),
                request.query(),
                String.join(",", request.headers().getAll(HttpHeaders.ACCEPT)));
        Entry hit = entries.get(key);
        if (hit != null && System.nanoTime() - hit.expiresAt > 0) {
            // Kept no longer than a CDN may keep it, so another replica's import shows here within max-age too.
            if (entries.remove(key, hit)) {
                bytes.addAndGet(-hit.size);
            }
            hit = null;
        }
        if (hit == null) {
            ctx.next();
            return;
        }
        if (!hit.used) {
            hit.used = true;
        }
        var response = ctx.response();
        for (Header header : hit.headers) {
            response.putHeader(header.name(), header.value());
        }
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && (ifNoneMatch.contains(hit.quotedEtag) || ifNoneMatch.equals("*"))) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(CONTENT_TYPE, hit.contentType).end(hit.body);
    }

    void onDataReplaced(@Observes DataReplaced event) {
        synchronized (this) {
            // Keeping the published editions' responses spares every client a burst of recomputation after each
            // draft import, a burst that otherwise stalls a busy replica for a second or two.
            entries.values().removeIf(entry -> !(event.draftOnly() && entry.immutable));
            bytes.set(entries.values().stream().mapToLong(entry -> entry.size).sum());
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
        if (maxBytes == 0
                || !request.getMethod().equals("GET")
                || !uri.getRawPath().startsWith("/api/")) {
            return;
        }
        if (response.getStatus() != 200
                || !(response.getEntity() instanceof byte[] body)
                || response.getEntityTag() == null) {
            return;
        }
        Key key = key(uri.getRawPath(), uri.getRawQuery(), request.getHeaderString(HttpHeaders.ACCEPT));
        String cacheControl = response.getHeaderString(HttpHeaders.CACHE_CONTROL);
        Matcher maxAge = MAX_AGE.matcher(cacheControl == null ? "" : cacheControl);
        boolean immutable = cacheControl != null && cacheControl.contains("immutable");
        long lifetime = immutable
                ? Long.MAX_VALUE / 2
                : TimeUnit.SECONDS.toNanos(maxAge.find() ? Long.parseLong(maxAge.group(1)) : 0);
        String quotedEtag = "\"" + response.getEntityTag().getValue() + "\"";
        Entry entry = new Entry(
                body,
                response.getMediaType().toString(),
                quotedEtag,
                headers(quotedEtag, cacheControl, response),
                immutable,
                System.nanoTime() + lifetime);
        synchronized (this) {
            if (!Long.valueOf(generation).equals(request.getProperty(GENERATION))) {
                return;
            }
            Entry previous = entries.put(key, entry);
            if (bytes.addAndGet(entry.size - (previous == null ? 0 : previous.size)) > maxBytes) {
                makeRoom();
            }
        }
    }

    /**
     * Evicts until the stored bytes fit: entries not used since the last sweep go first; a used one loses its mark
     * and stays, unless a second pass is needed. Under the store lock, so sweeps never overlap.
     */
    private void makeRoom() {
        for (int pass = 0; pass < 2 && bytes.get() > maxBytes; pass++) {
            var candidates = entries.entrySet().iterator();
            while (bytes.get() > maxBytes && candidates.hasNext()) {
                var candidate = candidates.next();
                Entry entry = candidate.getValue();
                if (pass == 0 && entry.used) {
                    entry.used = false;
                } else if (entries.remove(candidate.getKey(), entry)) {
                    bytes.addAndGet(-entry.size);
                }
            }
        }
    }

    /** The headers a hit sends with any status, encoded once, when the response is stored. */
    private static Header[] headers(String quotedEtag, String cacheControl, ContainerResponseContext response) {
        var headers = new ArrayList<Header>(4);
        headers.add(new Header(HttpHeaders.ETAG, quotedEtag));
        if (cacheControl != null) {
            headers.add(new Header(HttpHeaders.CACHE_CONTROL, cacheControl));
        }
        String vary = response.getHeaderString(HttpHeaders.VARY);
        if (vary != null) {
            headers.add(new Header(HttpHeaders.VARY, vary));
        }
        return headers.toArray(Header[]::new);
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
        return cacheControl != null
                && cacheControl.toLowerCase(java.util.Locale.ROOT).contains("no-cache");
    }

    /** Keyed on the representation the Accept header selects, so clients that word it differently share entries. */
    private static Key key(String rawPath, String rawQuery, String accept) {
        return new Key(rawPath, rawQuery, Representations.acceptsCsv(accept));
    }
}
