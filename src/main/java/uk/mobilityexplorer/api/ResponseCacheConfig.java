package uk.mobilityexplorer.api;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The response cache's bound ({@code mobility.response-cache.*}). Safe at static init: the cache is also a REST
 * filter, built while the REST deployment is.
 */
@StaticInitSafe
@ConfigMapping(prefix = "mobility.response-cache")
public interface ResponseCacheConfig {

    /** Total bytes of stored responses; 0 turns the cache off. */
    @WithDefault("64M")
    MemorySize maxSize();
}
