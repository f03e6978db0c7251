package uk.mobilityexplorer.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Per-client request limit on the public API ({@code mobility.rate-limit.*}); off unless enabled. */
@ConfigMapping(prefix = "mobility.rate-limit")
public interface RateLimitConfig {

    /** Off by default in the embedded profile; turn on for public deployments. */
    @WithDefault("false")
    boolean enabled();

    /** Sustained requests per minute per client; also the burst a client may make after a quiet minute. */
    @WithDefault("600")
    int requestsPerMinute();

    /** Clients remembered at once; beyond this the least recently seen is forgotten (bounded memory). */
    @WithDefault("100000")
    int maxClients();
}
