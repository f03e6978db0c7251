package uk.mobilityexplorer.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The largest request line and header block answered ({@code mobility.request-limits.*}). */
@ConfigMapping(prefix = "mobility.request-limits")
public interface RequestLimitsConfig {

    /** Characters in the request line (method, URI and protocol): 414 above it. */
    @WithDefault("4096")
    int requestLine();

    /** Total size of the header lines: 431 above it. */
    @WithDefault("16K")
    MemorySize headerBlock();
}
