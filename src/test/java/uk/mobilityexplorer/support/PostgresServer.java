package uk.mobilityexplorer.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the environment names ({@code MOBILITY_PG_URL}, {@code MOBILITY_PG_USER},
 * {@code MOBILITY_PG_PASSWORD}). Checks that need it are skipped with a message without it, unless the environment
 * says it must be there ({@code MOBILITY_PG_REQUIRED=true}, as {@code .ci/run} sets), when its absence fails the
 * build.
 */
public final class PostgresServer {

    private PostgresServer() {}

    /** The server's JDBC URL; skips the calling test without one, or fails it when a server is required. */
    public static String requireUrl(String check) {
        String url = System.getenv("MOBILITY_PG_URL");
        if (Boolean.parseBoolean(System.getenv("MOBILITY_PG_REQUIRED"))) {
            assertThat(url)
                    .as("MOBILITY_PG_REQUIRED=true but MOBILITY_PG_URL is not set")
                    .isNotBlank();
        }
        Assumptions.assumeTrue(
                url != null && !url.isBlank(),
                check + " skipped: no PostgreSQL server configured. Set MOBILITY_PG_URL (e.g. "
                        + "jdbc:postgresql://127.0.0.1:5432/mobility_test), MOBILITY_PG_USER and "
                        + "MOBILITY_PG_PASSWORD; .ci/run starts one on loopback.");
        return url;
    }
}
