package uk.mobilityexplorer.api;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token buckets keyed by client (or account): each holds up to {@code capacity} tokens and gains one every
 * {@code refillEvery}, so a client may burst to the capacity and then go on at the refill rate, with no window
 * boundary to exploit. At most {@code maxKeys} buckets are kept; the least recently used is dropped first (a dropped
 * key starts again with a full bucket), so memory stays bounded whatever the number of clients.
 */
public final class TokenBuckets {

    /** The answer for one key: allowed, or refused with the wait until the next token. */
    public record Decision(boolean allowed, Duration retryAfter) {}

    private static final class Bucket {
        double tokens;
        long updatedNanos;
    }

    private final int capacity;
    private final long refillNanos;
    private final Clock clock;
    private final Map<String, Bucket> buckets;

    public TokenBuckets(int capacity, Duration refillEvery, int maxKeys, Clock clock) {
        if (capacity < 1 || refillEvery.isNegative() || refillEvery.isZero() || maxKeys < 1) {
            throw new IllegalArgumentException("capacity, refill interval and key limit must be positive");
        }
        this.capacity = capacity;
        this.refillNanos = refillEvery.toNanos();
        this.clock = clock;
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Takes a token from {@code key}'s bucket if one is there. */
    public synchronized Decision take(String key) {
        Bucket bucket = refilled(key);
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return new Decision(true, Duration.ZERO);
        }
        return new Decision(false, untilNextToken(bucket));
    }

    /** Whether {@code key} has a token left, without taking it; with the wait until the next one if not. */
    public synchronized Decision peek(String key) {
        Bucket bucket = buckets.get(key) == null ? null : refilled(key);
        return bucket == null || bucket.tokens >= 1
                ? new Decision(true, Duration.ZERO)
                : new Decision(false, untilNextToken(bucket));
    }

    public synchronized int size() {
        return buckets.size();
    }

    private Bucket refilled(String key) {
        long now = nanos();
        Bucket bucket = buckets.computeIfAbsent(key, k -> {
            Bucket fresh = new Bucket();
            fresh.tokens = capacity;
            fresh.updatedNanos = now;
            return fresh;
        });
        bucket.tokens = Math.min(capacity, bucket.tokens + (double) (now - bucket.updatedNanos) / refillNanos);
        bucket.updatedNanos = now;
        return bucket;
    }

    private Duration untilNextToken(Bucket bucket) {
        return Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) * refillNanos));
    }

    private long nanos() {
        var instant = clock.instant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    /** Whole seconds to wait, rounded up and at least one, as Retry-After wants them. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
