package uk.mobilityexplorer.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.jboss.logging.Logger;
import uk.mobilityexplorer.api.ClientAddress;
import uk.mobilityexplorer.api.FilterPriorities;
import uk.mobilityexplorer.api.ProblemMappers;
import uk.mobilityexplorer.api.TokenBuckets;

/**
 * Guards {@code /api/v1/admin/}: failed sign-ins are counted per account name and per client, each in a token bucket
 * ({@code mobility.admin.max-failed-sign-ins}, one forgiven every {@code failed-sign-in-forgiven-after}); once either
 * is spent, requests are refused with 429 and Retry-After before any password is checked. A spent bucket is never
 * forgotten to make room for new names or clients (new ones are refused instead while all are spent). Every admin request is
 * written to the audit log (category {@code uk.mobilityexplorer.audit}): who, from where, what, and the outcome; never
 * a password or the Authorization header.
 */
@Singleton
public class AdminDoor {

    /** The admin path prefix this door stands in front of. */
    public static final String ADMIN_PATH = "/api/v1/admin/";

    private static final Logger AUDIT = Logger.getLogger("uk.mobilityexplorer.audit");
    private static final int MAX_REMEMBERED = 10_000;

    private final ClientAddress clients;
    private final TokenBuckets byAccount;
    private final TokenBuckets byClient;

    public AdminDoor(AdminAccounts.Config config, ClientAddress clients, Clock clock) {
        this.clients = clients;
        Duration forgiven = config.failedSignInForgivenAfter();
        TokenBuckets.WhenFull keep = TokenBuckets.WhenFull.KEEP_SPENT_BUCKETS;
        this.byAccount = new TokenBuckets(config.maxFailedSignIns(), forgiven, MAX_REMEMBERED, keep, clock);
        this.byClient = new TokenBuckets(config.maxFailedSignIns(), forgiven, MAX_REMEMBERED, keep, clock);
    }

    void register(@Observes Filters filters) {
        filters.register(this::guard, FilterPriorities.ADMIN_DOOR);
    }

    private void guard(RoutingContext ctx) {
        // The path as routed (escapes such as %61 decoded, dot segments removed): no spelling of it goes round the
        // door.
        String path = ctx.normalizedPath();
        if (!path.startsWith(ADMIN_PATH)) {
            ctx.next();
            return;
        }
        String client = clients.of(ctx.request());
        String user = claimedUser(ctx.request().getHeader("Authorization"));
        String action = ctx.request().method() + " " + printable(path);
        // A sign-in attempt spends its tokens before the password is checked, so attempts sent in parallel cannot all
        // pass a check made before any of them has failed; the tokens come back when the attempt does not fail.
        TokenBuckets.Decision decision = user == null ? byClient.peek(client) : spend(client, user);
        if (!decision.allowed()) {
            long retryAfter = TokenBuckets.seconds(decision.retryAfter());
            AUDIT.warnf(
                    "admin user=%s client=%s action=\"%s\" outcome=429 (throttled after failed sign-ins)",
                    user == null ? "-" : user, client, action);
            ctx.response().putHeader("Retry-After", Long.toString(retryAfter));
            ProblemMappers.endWithProblem(
                    ctx,
                    429,
                    "/problems/too-many-failed-sign-ins",
                    "Too many failed sign-ins",
                    "Too many failed sign-ins for this account or from this client. Retry after " + retryAfter
                            + " seconds.");
            return;
        }
        ctx.addEndHandler(done -> {
            int status = ctx.response().getStatusCode();
            if (status != 401 && user != null) {
                byClient.refund(client);
                byAccount.refund(user);
            }
            AUDIT.infof(
                    "admin user=%s client=%s action=\"%s\" outcome=%d",
                    user == null ? "-" : user, client, action, status);
        });
        ctx.next();
    }

    /** Takes a token from the client's and the account's buckets, or from neither when either is spent. */
    private TokenBuckets.Decision spend(String client, String user) {
        TokenBuckets.Decision fromClient = byClient.take(client);
        if (!fromClient.allowed()) {
            return fromClient;
        }
        TokenBuckets.Decision fromAccount = byAccount.take(user);
        if (!fromAccount.allowed()) {
            byClient.refund(client);
        }
        return fromAccount;
    }

    /** The user name of Basic credentials, made safe to log; null when there are none or they cannot be read. */
    static String claimedUser(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : printable(decoded.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** At most 64 characters, control characters and quotes replaced, so a log line cannot be forged. */
    private static String printable(String text) {
        String shortened = text.length() > 64 ? text.substring(0, 64) + "..." : text;
        return shortened.replaceAll("[\\p{Cntrl}\"\\s]", "_");
    }
}
