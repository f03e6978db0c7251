package uk.mobilityexplorer.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * Token buckets keyed by client (or account): each holds up to {@code capacity} tokens and gains one every
 * {@code refillEvery}, so a client may burst to the capacity and then go on at the refill rate, with no window
 * boundary to exploit. At most {@code maxKeys} buckets are kept, so memory stays bounded whatever the number of keys;
 * what happens to a new key when all are in use is the {@link WhenFull} policy.
 */
public final class TokenBuckets {

    /** The answer for one key: allowed, or refused with the wait until the next token. */
    public record Decision(boolean allowed, Duration retryAfter) {}

    /** What a new key gets when {@code maxKeys} buckets are already kept. */
    public enum WhenFull {
        /** The least recently used bucket is dropped (it starts again full): for limits where availability comes first. */
        DROP_LEAST_RECENTLY_USED,
        /**
         * Buckets that have refilled are dropped (a full bucket is the same as none); if none has, the new key is
         * refused, so no spent bucket can be flushed out by many new keys: for the throttling of failed sign-ins.
         */
        KEEP_SPENT_BUCKETS
    }

    private static final class Bucket {
        double tokens;
        long updatedNanos;
    }

    private final int capacity;
    private final long refillNanos;
    private final int maxKeys;
    private final WhenFull whenFull;
    private final Clock clock;
    private final LinkedHashMap<String, Bucket> buckets = new LinkedHashMap<>(1024, 0.75f, true);

    public TokenBuckets(int capacity, Duration refillEvery, int maxKeys, WhenFull whenFull, Clock clock) {
        if (capacity < 1 || refillEvery.isNegative() || refillEvery.isZero() || maxKeys < 1) {
            throw new IllegalArgumentException("capacity, refill interval and key limit must be positive");
        }
        this.capacity = capacity;
        this.refillNanos = refillEvery.toNanos();
        this.maxKeys = maxKeys;
        this.whenFull = whenFull;
        this.clock = clock;
    }

    /** Takes a token from {@code key}'s bucket if one is there. */
    public synchronized Decision take(String key) {
        Bucket bucket = refilled(key);
        if (bucket == null) {
            return new Decision(false, Duration.ofNanos(refillNanos));
        }
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return new Decision(true, Duration.ZERO);
        }
        return new Decision(false, untilNextToken(bucket));
    }

    /** Gives back a token taken from {@code key} for an attempt that turned out not to count. */
    public synchronized void refund(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket != null) {
            bucket.tokens = Math.min(capacity, bucket.tokens + 1);
        }
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

    /** The key's bucket brought up to date; null when it has none and no room can be made for it. */
    private Bucket refilled(String key) {
        long now = nanos();
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            if (buckets.size() >= maxKeys && !makeRoom(now)) {
                return null;
            }
            bucket = new Bucket();
            bucket.tokens = capacity;
            bucket.updatedNanos = now;
            buckets.put(key, bucket);
        }
        bucket.tokens = level(bucket, now);
        bucket.updatedNanos = now;
        return bucket;
    }

    private boolean makeRoom(long now) {
        Iterator<Bucket> oldestFirst = buckets.values().iterator();
        if (whenFull == WhenFull.DROP_LEAST_RECENTLY_USED) {
            oldestFirst.next();
            oldestFirst.remove();
            return true;
        }
        while (oldestFirst.hasNext()) {
            if (level(oldestFirst.next(), now) >= capacity) {
                oldestFirst.remove();
            }
        }
        return buckets.size() < maxKeys;
    }

    private double level(Bucket bucket, long now) {
        return Math.min(capacity, bucket.tokens + (double) (now - bucket.updatedNanos) / refillNanos);
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
