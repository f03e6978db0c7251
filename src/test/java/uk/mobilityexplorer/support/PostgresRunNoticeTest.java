package uk.mobilityexplorer.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Says, in the test report, whether this build also runs the suite on PostgreSQL and how to turn that on; where it is
 * on, checks first that the server it names answers, so a misconfigured run fails here with a plain message. Where
 * the environment requires PostgreSQL ({@code MOBILITY_PG_REQUIRED=true}, as {@code .ci/run} sets) and names no
 * server, it fails: the pom's 'postgresql' profile is then off, and the second run would silently not happen.
 */
class PostgresRunNoticeTest {

    @Test
    void postgresqlServerNamedByTheEnvironment_answersAsPostgresql() throws SQLException {
        String url = PostgresServer.requireUrl("PostgreSQL suite (every test a second time on PostgreSQL)");
        try (Connection c = DriverManager.getConnection(
                url, System.getenv("MOBILITY_PG_USER"), System.getenv("MOBILITY_PG_PASSWORD"))) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(c.isValid(5)).isTrue();
        }
    }
}
