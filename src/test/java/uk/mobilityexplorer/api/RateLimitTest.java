package uk.mobilityexplorer.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static uk.mobilityexplorer.support.ApiSpec.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitTest.LowLimit.class)
class RateLimitTest {

    /** The limit switched on and set low enough to reach in a test. */
    public static class LowLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mobility.rate-limit.enabled", "true", "mobility.rate-limit.requests-per-minute", "5");
        }
    }

    @Test
    void clientOverItsAllowance_gets429WithRetryAfter() {
        // A full bucket allows a burst of five; a token comes back only every twelve seconds.
        int successes = 0;
        while (api().get("/api/v1/dimensions").statusCode() == 200) {
            successes++;
            org.assertj.core.api.Assertions.assertThat(successes).isLessThanOrEqualTo(10);
        }
        org.assertj.core.api.Assertions.assertThat(successes).isGreaterThanOrEqualTo(5);
        api().get("/api/v1/dimensions")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("([1-9]|1[0-2])"))
                .body("status", equalTo(429));
    }
}
