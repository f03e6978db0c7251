package uk.mobilityexplorer.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the in-memory catalogue follows imports made by other replicas ({@code mobility.catalogue.*}). */
@ConfigMapping(prefix = "mobility.catalogue")
public interface CatalogueConfig {

    /** How often the data version is read to notice another replica's import. */
    @WithDefault("10s")
    Duration versionCheck();
}
