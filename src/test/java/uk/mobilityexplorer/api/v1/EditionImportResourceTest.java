package uk.mobilityexplorer.api.v1;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static uk.mobilityexplorer.support.ApiSpec.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.mobilityexplorer.security.PasswordHash;
import uk.mobilityexplorer.support.FigureEdit;

@QuarkusTest
@TestProfile(EditionImportResourceTest.Accounts.class)
public class EditionImportResourceTest {

    @Inject
    AgroalDataSource dataSource;

    private static final String IMPORTER_PASSWORD = passwordForThisRun("importer");
    private static final String ANALYST_PASSWORD = passwordForThisRun("analyst");
    private static final String FILES = "/api/v1/admin/editions/{id}/files";
    private static final String FILE_NAME = "DR11-1.0-distribution-of-earnings--full-dataset.csv";
    private static final String OBSERVATIONS =
            "/api/v1/measures/distribution-of-earnings/observations?edition=2026-draft&area=TLC1&period=2020";
    private static final String HEADER = "\"Ind_code\",\"Ind_name\",\"Area_type\",\"Area_code\",\"Area_name\","
            + "\"Time_period\",\"SEB\",\"Age\",\"Sex\",\"Category_type\",\"Category\",\"Value\",\"Sample_size\",\"LCI\","
            + "\"UCI\",\"SE\",\"Unit\",\"Value_note\"\n";

    /**
     * Two accounts made up for this run (passwords random, only their hashes configured), and a database of its own,
     * so replacing the draft edition here cannot change what the other test classes read.
     */
    public static class Accounts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String url = System.getProperty("MOBILITY_TEST_JDBC_URL", "");
            Map<String, String> database = url.startsWith("jdbc:postgresql:")
                    ? Map.of(
                            "quarkus.datasource.jdbc.url",
                            url + (url.contains("?") ? "&" : "?") + "currentSchema=admin_import",
                            "quarkus.flyway.schemas",
                            "admin_import")
                    : Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:admin-import;DB_CLOSE_DELAY=-1");
            var overrides = new java.util.HashMap<>(database);
            overrides.put("mobility.catalogue.version-check", "0s");
            overrides.put(
                    "mobility.admin.accounts",
                    "importer|importer|" + PasswordHash.hash(IMPORTER_PASSWORD.toCharArray()) + ",analyst|analyst|"
                            + PasswordHash.hash(ANALYST_PASSWORD.toCharArray()));
            return overrides;
        }
    }

    @Test
    void importWithoutCredentials_isChallengedWith401() {
        api().spec(upload(FILE_NAME, csv("3.5")))
                .put(FILES, "2026-draft")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic realm="));
    }

    @Test
    void importWithAWrongPassword_gets401() {
        asImporter("not-the-password")
                .spec(upload(FILE_NAME, csv("3.5")))
                .put(FILES, "2026-draft")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void accountWithoutTheImporterRole_gets403() {
        api().auth()
                .preemptive()
                .basic("analyst", ANALYST_PASSWORD)
                .spec(upload(FILE_NAME, csv("3.5")))
                .put(FILES, "2026-draft")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void importerReplacesTheDraftEdition_andThePublicApiServesTheNewFiguresAtOnce() {
        api().get(OBSERVATIONS).then().statusCode(200); // cached before the import; must not be served after it
        asImporter(IMPORTER_PASSWORD)
                .spec(upload(FILE_NAME, csv("4.25")))
                .put(FILES, "2026-draft")
                .then()
                .statusCode(200)
                .body("edition", equalTo("2026-draft"))
                .body("files", equalTo(1))
                .body("observations", equalTo(2));
        api().get(OBSERVATIONS).then().statusCode(200).body("items.value", contains(4.25f));
        api().get("/api/v1/editions/2026-draft").then().statusCode(200);
    }

    @Test
    void importByAnotherReplica_isServedHereAsSoonAsTheDataVersionMoves() throws SQLException {
        asImporter(IMPORTER_PASSWORD)
                .spec(upload(FILE_NAME, csv("5.5")))
                .put(FILES, "2026-draft")
                .then()
                .statusCode(200);
        api().get(OBSERVATIONS).then().statusCode(200).body("items.value", contains(5.5f)); // now cached here
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            // What another replica's import does to the shared database: new figures and a new data version.
            s.executeUpdate(
                    "update observation set obs_value = 6.75 where edition_id = '2026-draft' and area_code = 'TLC1'");
            s.executeUpdate("update data_version set version = version + 1 where id = 1");
        }
        api().get("/api/v1/measures?edition=2026-draft&q=" + System.nanoTime())
                .then()
                .statusCode(200);
        api().get(OBSERVATIONS).then().statusCode(200).body("items.value", contains(6.75f));
    }

    @Test
    void draftImport_leavesResponsesPinnedToAPublishedEditionInTheCache() throws SQLException {
        String published = "/api/v1/measures/youth-unemployment/observations?edition=2025&area=TLC1";
        String cached = api().get(published).then().statusCode(200).extract().asString();
        try (var edit = FigureEdit.behindTheServicesBack(dataSource, "2025", "TLC1")) {
            asImporter(IMPORTER_PASSWORD)
                    .spec(upload(FILE_NAME, csv("7.5")))
                    .put(FILES, "2026-draft")
                    .then()
                    .statusCode(200);
            api().get(OBSERVATIONS).then().statusCode(200).body("items.value", contains(7.5f));
            api().get(published).then().statusCode(200).body(equalTo(cached));
        }
    }

    @Test
    void fileWithABadNumber_isRejectedWithFileLineColumn_andServedFiguresStayTheSame() {
        String before = api().get(OBSERVATIONS).then().statusCode(200).extract().asString();
        asImporter(IMPORTER_PASSWORD)
                .spec(upload(FILE_NAME, csv("three")))
                .put(FILES, "2026-draft")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.message", hasItem("releases/2026-draft/" + FILE_NAME + ":2:12: 'three' is not a number"));
        api().get(OBSERVATIONS).then().statusCode(200).body(equalTo(before));
    }

    @Test
    void fileNamingAnUnknownArea_isRejectedWithFileLineColumn() {
        String rows = HEADER + row("TLC1", "Tees Valley and Durham", "3.5") + row("TLC1", "Atlantis", "3.6");
        asImporter(IMPORTER_PASSWORD)
                .spec(upload(FILE_NAME, rows.getBytes(StandardCharsets.UTF_8)))
                .put(FILES, "2026-draft")
                .then()
                .statusCode(422)
                .body("detail", containsString(FILE_NAME + ":3:5: unknown area name 'Atlantis'"));
    }

    @Test
    void publishedEditionWithFigures_cannotBeReplaced() {
        asImporter(IMPORTER_PASSWORD)
                .spec(upload(FILE_NAME, csv("3.5")))
                .put(FILES, "2025")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void unknownEdition_is404() {
        asImporter(IMPORTER_PASSWORD)
                .spec(upload(FILE_NAME, csv("3.5")))
                .put(FILES, "1999")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void fileNameThatIsAPath_isRejectedBeforeAnythingIsWritten() {
        asImporter(IMPORTER_PASSWORD)
                .spec(upload("../../" + FILE_NAME, csv("3.5")))
                .put(FILES, "2026-draft")
                .then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("file"));
    }

    @Test
    void uploadOverTheBodyLimit_isRefusedWith413() {
        byte[] huge = new byte[33 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        asImporter(IMPORTER_PASSWORD)
                .spec(upload(FILE_NAME, huge))
                .put(FILES, "2026-draft")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void uploadWithoutADeclaredLength_isRefusedWith411() {
        // REST Assured streams multipart bodies chunked, without a Content-Length.
        asImporter(IMPORTER_PASSWORD)
                .multiPart("file", FILE_NAME, csv("3.5"), "text/csv")
                .put(FILES, "2026-draft")
                .then()
                .statusCode(411)
                .contentType("application/problem+json");
    }

    @Test
    void bodyThatIsNotMultipart_isRefusedWith415() {
        asImporter(IMPORTER_PASSWORD)
                .contentType("text/csv")
                .body(csv("3.5"))
                .put(FILES, "2026-draft")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    /** A multipart/form-data body with one file part, sent with its length as browsers and curl do. */
    public static RequestSpecification upload(String fileName, byte[] content) {
        String boundary = "mobility-explorer-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return new RequestSpecBuilder()
                .setContentType("multipart/form-data; boundary=" + boundary)
                .setBody(body)
                .build();
    }

    private static RequestSpecification asImporter(String password) {
        return api().auth().preemptive().basic("importer", password);
    }

    private static byte[] csv(String value) {
        return (HEADER + row("TLC1", "Tees Valley and Durham", value) + row("K02000001", "UK", "3.6"))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String row(String code, String area, String value) {
        return "\"DR11\",\"Distribution of earnings\",\"ITL2\",\"" + code + "\",\"" + area + "\",\"2020\",NA,NA,"
                + "\"Total\",NA,NA," + value + ",NA,NA,NA,NA,\"Ratio\",NA\n";
    }

    /** The importer account's password, for other test classes that share this profile (and its database). */
    public static String importerPassword() {
        return IMPORTER_PASSWORD;
    }

    /** Random once per JVM: kept in a system property because Quarkus loads this class twice (profile and test). */
    private static String passwordForThisRun(String user) {
        return (String) System.getProperties().computeIfAbsent("mobility.test.password." + user, k -> {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            return Base64.getUrlEncoder().encodeToString(bytes);
        });
    }
}
