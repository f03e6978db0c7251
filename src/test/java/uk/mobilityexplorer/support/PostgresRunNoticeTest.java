package uk.mobilityexplorer.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Says, in the test report, whether this build also runs the suite on PostgreSQL and how to turn that on; where it is
 * on, checks first that the server it names answers, so a misconfigured run fails here with a plain message.
 */
class PostgresRunNoticeTest {

    @Test
    void postgresqlServerNamedByTheEnvironment_answersAsPostgresql() throws SQLException {
        String url = System.getenv("MOBILITY_PG_URL");
        Assumptions.assumeTrue(
                url != null,
                "PostgreSQL suite skipped: no server configured. Set MOBILITY_PG_URL (e.g. "
                        + "jdbc:postgresql://127.0.0.1:5432/mobility_test), MOBILITY_PG_USER and MOBILITY_PG_PASSWORD "
                        + "to run every test a second time on PostgreSQL; .ci/run starts one on loopback.");
        try (Connection c = DriverManager.getConnection(
                url, System.getenv("MOBILITY_PG_USER"), System.getenv("MOBILITY_PG_PASSWORD"))) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(c.isValid(5)).isTrue();
        }
    }
}
