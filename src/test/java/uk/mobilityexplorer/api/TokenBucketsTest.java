package uk.mobilityexplorer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    /** A clock that moves only when the test moves it. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private static final TokenBuckets.WhenFull LRU = TokenBuckets.WhenFull.DROP_LEAST_RECENTLY_USED;
    private static final TokenBuckets.WhenFull KEEP = TokenBuckets.WhenFull.KEEP_SPENT_BUCKETS;

    private final ManualClock clock = new ManualClock();

    @Test
    void burstUpToTheCapacity_thenRefusedWithTheWaitForTheNextToken() {
        TokenBuckets buckets = new TokenBuckets(3, Duration.ofSeconds(20), 10, LRU, clock);
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take("a").allowed()).isTrue();
        }
        TokenBuckets.Decision refused = buckets.take("a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(20));
        clock.advance(Duration.ofSeconds(15));
        assertThat(buckets.take("a").retryAfter()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void noWindowBoundaryToExploit_twiceTheLimitIsNeverAllowedAcrossAMinute() {
        TokenBuckets buckets = new TokenBuckets(60, Duration.ofSeconds(1), 10, LRU, clock);
        int allowed = 0;
        // 120 requests in the last second of one minute and 120 in the first of the next.
        for (int i = 0; i < 240; i++) {
            if (i == 120) {
                clock.advance(Duration.ofSeconds(1));
            }
            allowed += buckets.take("a").allowed() ? 1 : 0;
        }
        assertThat(allowed).isEqualTo(61);
    }

    @Test
    void tokensComeBackAtTheRefillRate_andNeverBeyondTheCapacity() {
        TokenBuckets buckets = new TokenBuckets(2, Duration.ofSeconds(10), 10, LRU, clock);
        buckets.take("a");
        buckets.take("a");
        clock.advance(Duration.ofHours(1));
        assertThat(buckets.take("a").allowed()).isTrue();
        assertThat(buckets.take("a").allowed()).isTrue();
        assertThat(buckets.take("a").allowed()).isFalse();
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        TokenBuckets buckets = new TokenBuckets(1, Duration.ofMinutes(1), 10, LRU, clock);
        assertThat(buckets.take("a").allowed()).isTrue();
        assertThat(buckets.take("a").allowed()).isFalse();
        assertThat(buckets.take("b").allowed()).isTrue();
    }

    @Test
    void memoryIsBounded_theLeastRecentlyUsedKeyIsForgotten() {
        TokenBuckets buckets = new TokenBuckets(1, Duration.ofMinutes(1), 100, LRU, clock);
        buckets.take("first");
        for (int i = 0; i < 10_000; i++) {
            buckets.take("client-" + i);
        }
        assertThat(buckets.size()).isEqualTo(100);
        assertThat(buckets.take("first").allowed())
                .as("forgotten, so a full bucket again")
                .isTrue();
    }

    @Test
    void keepingSpentBuckets_aSpentBucketIsNotFlushedOutByManyNewKeys() {
        TokenBuckets buckets = new TokenBuckets(1, Duration.ofMinutes(1), 100, KEEP, clock);
        buckets.take("target");
        for (int i = 0; i < 10_000; i++) {
            buckets.take("client-" + i);
        }
        assertThat(buckets.size()).isEqualTo(100);
        assertThat(buckets.take("target").allowed()).as("still spent").isFalse();
    }

    @Test
    void keepingSpentBuckets_aNewKeyIsRefusedWhileEveryKeptBucketIsSpent() {
        TokenBuckets buckets = new TokenBuckets(1, Duration.ofMinutes(1), 2, KEEP, clock);
        buckets.take("a");
        buckets.take("b");
        TokenBuckets.Decision refused = buckets.take("c");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void keepingSpentBuckets_bucketsThatHaveRefilledMakeRoomForNewKeys() {
        TokenBuckets buckets = new TokenBuckets(1, Duration.ofMinutes(1), 2, KEEP, clock);
        buckets.take("a");
        buckets.take("b");
        clock.advance(Duration.ofMinutes(1));
        assertThat(buckets.take("c").allowed()).isTrue();
        assertThat(buckets.size()).isEqualTo(1);
    }

    @Test
    void aRefundedTokenCanBeTakenAgain_butNeverRaisesTheBucketAboveItsCapacity() {
        TokenBuckets buckets = new TokenBuckets(1, Duration.ofMinutes(1), 10, KEEP, clock);
        buckets.take("a");
        buckets.refund("a");
        buckets.refund("a");
        assertThat(buckets.take("a").allowed()).isTrue();
        assertThat(buckets.take("a").allowed()).isFalse();
    }

    @Test
    void peekDoesNotSpendATokenAndSeesAnEmptyBucket() {
        TokenBuckets buckets = new TokenBuckets(1, Duration.ofSeconds(30), 10, LRU, clock);
        assertThat(buckets.peek("a").allowed()).isTrue();
        assertThat(buckets.peek("a").allowed()).isTrue();
        buckets.take("a");
        assertThat(buckets.peek("a").allowed()).isFalse();
        assertThat(buckets.peek("a").retryAfter()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUp() {
        assertThat(TokenBuckets.seconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(TokenBuckets.seconds(Duration.ofMillis(12_001))).isEqualTo(13);
        assertThat(TokenBuckets.seconds(Duration.ZERO)).isEqualTo(1);
    }
}
