package uk.mobilityexplorer.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static uk.mobilityexplorer.support.ApiSpec.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Throttling of failed sign-ins per account and per client, and the audit log, at the admin path. */
@QuarkusTest
@TestProfile(AdminDoorTest.Door.class)
class AdminDoorTest {

    private static final String PASSWORD = "door-test-password-" + Long.toHexString(0x5eed_2026L);
    private static final String FILES = "/api/v1/admin/editions/2026-draft/files";

    /** Three failures allowed, forgiven only after an hour; the test's own address is a trusted proxy. */
    public static class Door implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>();
            String url = System.getProperty("MOBILITY_TEST_JDBC_URL", "");
            if (url.startsWith("jdbc:postgresql:")) {
                overrides.put(
                        "quarkus.datasource.jdbc.url",
                        url + (url.contains("?") ? "&" : "?") + "currentSchema=admin_door");
                overrides.put("quarkus.flyway.schemas", "admin_door");
            } else {
                overrides.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:admin-door;DB_CLOSE_DELAY=-1");
            }
            overrides.put(
                    "mobility.admin.accounts",
                    "importer|importer|" + PasswordHash.hash(PASSWORD.toCharArray())
                            + ",analyst|analyst|" + PasswordHash.hash(PASSWORD.toCharArray())
                            + ",auditor|analyst|" + PasswordHash.hash(PASSWORD.toCharArray()));
            overrides.put("mobility.admin.max-failed-sign-ins", "3");
            overrides.put("mobility.admin.failed-sign-in-forgiven-after", "PT1H");
            overrides.put("mobility.proxy.trusted", "127.0.0.1,0:0:0:0:0:0:0:1");
            return overrides;
        }
    }

    private final List<String> audit = new CopyOnWriteArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            audit.add(((ExtLogRecord) record).getFormattedMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("uk.mobilityexplorer.audit").addHandler(recorder);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("uk.mobilityexplorer.audit").removeHandler(recorder);
    }

    @Test
    void wrongPasswordsForOneAccount_throttleThatAccountFromEveryClient_butNotOtherAccounts() {
        for (int i = 0; i < 3; i++) {
            put("198.51.100.1", "importer", "wrong-" + i).then().statusCode(401);
        }
        Response throttled = put("198.51.100.2", "importer", PASSWORD);
        throttled.then().statusCode(429).contentType("application/problem+json").body("status", equalTo(429));
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(3000L, 3600L);
        put("198.51.100.3", "someone-new", "wrong").then().statusCode(401);
    }

    @Test
    void wrongPasswordsFromOneClient_throttleThatClientForEveryAccount_butNotOtherClients() {
        put("203.0.113.7", "someone", "wrong").then().statusCode(401);
        put("203.0.113.7", "someone-else", "wrong").then().statusCode(401);
        put("203.0.113.7", "analyst", "wrong").then().statusCode(401);
        put("203.0.113.7", "analyst", PASSWORD)
                .then()
                .statusCode(429)
                .header("Retry-After", matchesPattern("3[0-6]\\d\\d"));
        put("203.0.113.8", "analyst", PASSWORD).then().statusCode(403);
    }

    @Test
    void throttleFollowsTheClientAddressTheTrustedProxyReports() {
        for (int i = 0; i < 3; i++) {
            put("192.0.2.50", "nobody-" + i, "wrong").then().statusCode(401);
        }
        put("192.0.2.50", "nobody-9", "wrong").then().statusCode(429);
        assertThat(audit)
                .contains("admin user=nobody-9 client=192.0.2.50 action=\"PUT " + FILES
                        + "\" outcome=429 (throttled after failed sign-ins)");
    }

    @Test
    void attemptsSentInParallel_getNoMorePasswordsCheckedThanTheAllowance() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String user = "parallel-" + i;
                answers.add(
                        pool.submit(() -> put("198.51.100.60", user, "wrong").statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).filteredOn(status -> status == 401).hasSize(3);
            assertThat(statuses).filteredOn(status -> status == 429).hasSize(9);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEscapedSpellingOfTheAdminPath_isThrottledAndAuditedAsTheAdminPath() {
        String escaped = "/api/v1/%61dmin/editions/2026-draft/files";
        for (int i = 0; i < 3; i++) {
            put("198.51.100.70", "escaped-" + i, "wrong", escaped).then().statusCode(401);
        }
        put("198.51.100.70", "escaped-9", "wrong", escaped).then().statusCode(429);
        assertThat(audit)
                .contains("admin user=escaped-0 client=198.51.100.70 action=\"PUT " + FILES + "\" outcome=401");
    }

    @Test
    void everyAdminActionIsAudited_withWhoWhatAndOutcome_andNoSecret() {
        put("192.0.2.77", "auditor", PASSWORD).then().statusCode(403);
        put("192.0.2.77", "auditor", "not-the-password").then().statusCode(401);
        api().put(FILES).then().statusCode(401);
        assertThat(audit)
                .contains(
                        "admin user=auditor client=192.0.2.77 action=\"PUT " + FILES + "\" outcome=403",
                        "admin user=auditor client=192.0.2.77 action=\"PUT " + FILES + "\" outcome=401");
        assertThat(audit).anyMatch(line -> line.startsWith("admin user=- client=") && line.endsWith("outcome=401"));
        assertThat(String.join("\n", audit))
                .doesNotContain(PASSWORD)
                .doesNotContain("not-the-password")
                .doesNotContain("Basic ");
    }

    private static Response put(String client, String user, String password) {
        return put(client, user, password, FILES);
    }

    /** A PUT of {@code path} sent exactly as written (no escaping by the client). */
    private static Response put(String client, String user, String password, String path) {
        return request()
                .urlEncodingEnabled(false)
                .header("X-Forwarded-For", client)
                .auth()
                .preemptive()
                .basic(user, password)
                .put(path);
    }

    private static RequestSpecification request() {
        String boundary = "door";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n\r\n"
                        + "a\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        return api().contentType("multipart/form-data; boundary=" + boundary).body(body);
    }
}
