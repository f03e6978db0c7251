package uk.mobilityexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static uk.mobilityexplorer.support.ApiSpec.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import uk.mobilityexplorer.api.v1.EditionImportResourceTest;

/**
 * Uploads that break in the middle: truncated, empty or header-only files, a database that refuses a late row, and two
 * imports at once (the first held inside its transaction by {@link ImportPause} while the second arrives). Each is refused with file:line:column (or 409) and the draft edition's figures in the database stay
 * exactly as they were, or are wholly those of the one import that won.
 */
@QuarkusTest
@TestProfile(EditionImportResourceTest.Accounts.class)
class EditionImportFaultsTest {

    private static final String FILES = "/api/v1/admin/editions/2026-draft/files";
    private static final String FILE = "DR11-1.0-distribution-of-earnings--full-dataset.csv";
    private static final String SHOWN = "releases/2026-draft/" + FILE;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ImportPause pause;

    @Test
    void fileTruncatedInsideAQuotedField_isRejectedAtTheOpeningQuote_andNothingChanges() throws SQLException {
        String whole = PublishedDr11.rows(3, "4.5");
        String truncated = whole.substring(0, whole.lastIndexOf("\"Distribution of") + 5);
        String before = draftInDatabase();
        importing(truncated)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body(
                        "errors.message",
                        hasItem(SHOWN + ":4:2: quoted field is not closed before the end of the file "
                                + "(truncated?)"));
        assertThat(draftInDatabase()).isEqualTo(before);
    }

    @Test
    void emptyFile_isRejected_andNothingChanges() throws SQLException {
        String before = draftInDatabase();
        importing("")
                .then()
                .statusCode(422)
                .body("errors.message", hasItem(SHOWN + ":1:1: file is empty: a header row is required"));
        assertThat(draftInDatabase()).isEqualTo(before);
    }

    @Test
    void headerOnlyFile_isRejected_andNothingChanges() throws SQLException {
        String before = draftInDatabase();
        importing(PublishedDr11.HEADER)
                .then()
                .statusCode(422)
                .body("errors.message", hasItem(SHOWN + ":2:1: file has a header but no data rows"));
        assertThat(draftInDatabase()).isEqualTo(before);
    }

    @Test
    void byteOrderMark_isDroppedAndTheFileLoadsAsWithoutIt() throws SQLException {
        importing(PublishedDr11.rows(5, "6.25")).then().statusCode(200).body("observations", equalTo(5));
        String withoutMark = draftInDatabase();
        importing("\uFEFF" + PublishedDr11.rows(5, "6.25"))
                .then()
                .statusCode(200)
                .body("observations", equalTo(5));
        assertThat(draftInDatabase()).isEqualTo(withoutMark);
    }

    @Test
    void databaseRefusingALateRow_rollsBackTheWholeImport() throws SQLException {
        importing(PublishedDr11.rows(10, "1.5")).then().statusCode(200);
        String before = draftInDatabase();
        String file = PublishedDr11.rows(2_999, "2.5") + PublishedDr11.row(2_999, "777.777");
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("alter table observation add constraint fault_injection check (obs_value <> 777.777)");
        }
        try {
            importing(file)
                    .then()
                    .statusCode(422)
                    .body("detail", org.hamcrest.Matchers.containsString("rejected by the database"));
        } finally {
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("alter table observation drop constraint fault_injection");
            }
        }
        assertThat(draftInDatabase()).isEqualTo(before);
    }

    /**
     * The first import is held inside its transaction (old rows deleted, 1,000 of its 3,000 rows written) while the
     * second is sent, so the two overlap every time; then the first is let go.
     */
    @Test
    void twoImportsAtOnce_theOneArrivingWhileTheOtherIsInsideItsTransactionGets409_andTheDataIsWhollyTheFirsts()
            throws Exception {
        int rows = 3_000;
        ImportPause.Hold hold = pause.holdNextImport(1_000);
        CompletableFuture<Response> first =
                CompletableFuture.supplyAsync(() -> importing(PublishedDr11.rows(rows, "2.5")));
        Response second;
        try {
            assertThat(hold.awaitHeld(Duration.ofSeconds(120)))
                    .as("first import held inside its transaction")
                    .isTrue();
            second = importing(PublishedDr11.rows(rows, "3.5"));
        } finally {
            hold.release();
        }
        assertThat(second.statusCode()).as(second.asString()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.jsonPath().getString("detail")).contains("Another import is running");
        Response winner = first.get(120, TimeUnit.SECONDS);
        assertThat(winner.statusCode()).as(winner.asString()).isEqualTo(200);
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*), min(obs_value), max(obs_value) from observation "
                        + "where edition_id = '2026-draft' and measure_id = 'distribution-of-earnings'")) {
            r.next();
            assertThat(r.getLong(1)).isEqualTo(rows);
            assertThat(r.getBigDecimal(2)).isEqualByComparingTo("2.5");
            assertThat(r.getBigDecimal(3)).isEqualByComparingTo("2.5");
        }
    }

    @Test
    void importWhileAnotherReplicaImportsIntoTheSameDatabase_gets409_andNothingChanges() throws SQLException {
        try (Connection other = dataSource.getConnection()) {
            Assumptions.assumeTrue(
                    "PostgreSQL".equals(other.getMetaData().getDatabaseProductName()),
                    "replicas share a database only on PostgreSQL (the PostgreSQL run covers this)");
            String before = draftInDatabase();
            try (Statement s = other.createStatement()) {
                s.executeQuery("select pg_advisory_lock(" + ReplicaImportLock.KEY + ")")
                        .close();
            }
            try {
                importing(PublishedDr11.rows(5, "9.5")).then().statusCode(409).contentType("application/problem+json");
            } finally {
                try (Statement s = other.createStatement()) {
                    s.executeQuery("select pg_advisory_unlock(" + ReplicaImportLock.KEY + ")")
                            .close();
                }
            }
            assertThat(draftInDatabase()).isEqualTo(before);
        }
    }

    private String draftInDatabase() throws SQLException {
        return DraftFigures.in(dataSource);
    }

    private static Response importing(String csv) {
        return upload(csv.getBytes(StandardCharsets.UTF_8)).put(FILES);
    }

    private static RequestSpecification upload(byte[] content) {
        return api().auth()
                .preemptive()
                .basic("importer", EditionImportResourceTest.importerPassword())
                .spec(EditionImportResourceTest.upload(FILE, content));
    }
}
