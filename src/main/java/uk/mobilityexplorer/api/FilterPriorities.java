package uk.mobilityexplorer.api;

import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;

/**
 * The order of the service's own HTTP-layer filters (Quarkus {@code Filters}: a higher priority runs first). All run
 * after CORS, so its headers reach every answer, and before authentication and authorization, whose per-request work
 * (context snapshots, a lazy identity) a public read never needs: roles guard only the admin import, which is never
 * answered from the cache. Within them: oversized requests are refused first, then the admin door and the rate limit
 * take their toll, and only then may the response cache answer.
 */
public final class FilterPriorities {

    public static final int REQUEST_LIMITS = SecurityHandlerPriorities.CORS - 10;
    public static final int BODY_LENGTH = REQUEST_LIMITS - 10;
    public static final int ADMIN_DOOR = BODY_LENGTH - 10;
    public static final int RATE_LIMIT = ADMIN_DOOR - 10;
    public static final int RESPONSE_CACHE = RATE_LIMIT - 10;

    private FilterPriorities() {}
}
