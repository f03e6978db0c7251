package uk.mobilityexplorer.support;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Says, in the test report, whether this build also runs the suite on PostgreSQL and how to turn that on. */
class PostgresRunNoticeTest {

    @Test
    void postgresqlRunIsConfigured() {
        Assumptions.assumeTrue(System.getenv("MOBILITY_PG_URL") != null,
                "PostgreSQL suite skipped: no server configured. Set MOBILITY_PG_URL (e.g. "
                        + "jdbc:postgresql://127.0.0.1:5432/mobility_test), MOBILITY_PG_USER and MOBILITY_PG_PASSWORD "
                        + "to run every test a second time on PostgreSQL; .ci/run starts one on loopback.");
    }
}
