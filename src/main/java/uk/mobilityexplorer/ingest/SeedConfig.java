package uk.mobilityexplorer.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the service finds its seed data ({@code mobility.seed.*}). */
@ConfigMapping(prefix = "mobility.seed")
public interface SeedConfig {

    /** Load the seed into an empty database at start-up. */
    @WithDefault("true")
    boolean enabled();

    /** {@code classpath:seed-data} (bundled with the build) or a directory path. */
    @WithDefault("classpath:seed-data")
    String location();
}
