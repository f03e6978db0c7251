package uk.mobilityexplorer.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Per-client request limit on the public API ({@code mobility.rate-limit.*}); off unless enabled. */
@ConfigMapping(prefix = "mobility.rate-limit")
public interface RateLimitConfig {

    /** Off by default in the embedded profile; turn on for public deployments. */
    @WithDefault("false")
    boolean enabled();

    /** Requests each client address may make per minute. */
    @WithDefault("600")
    int requestsPerMinute();
}
