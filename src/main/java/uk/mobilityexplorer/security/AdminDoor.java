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
 * is spent, requests are refused with 429 and Retry-After before any password is checked. Every admin request is
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
        this.byAccount = new TokenBuckets(config.maxFailedSignIns(), forgiven, MAX_REMEMBERED, clock);
        this.byClient = new TokenBuckets(config.maxFailedSignIns(), forgiven, MAX_REMEMBERED, clock);
    }

    void register(@Observes Filters filters) {
        filters.register(this::guard, FilterPriorities.ADMIN_DOOR);
    }

    private void guard(RoutingContext ctx) {
        if (!ctx.request().path().startsWith(ADMIN_PATH)) {
            ctx.next();
            return;
        }
        String client = clients.of(ctx.request());
        String user = claimedUser(ctx.request().getHeader("Authorization"));
        String action = ctx.request().method() + " " + printable(ctx.request().path());
        TokenBuckets.Decision clientLeft = byClient.peek(client);
        TokenBuckets.Decision accountLeft = user == null ? clientLeft : byAccount.peek(user);
        if (!clientLeft.allowed() || !accountLeft.allowed()) {
            long retryAfter = TokenBuckets.seconds(
                    clientLeft.retryAfter().compareTo(accountLeft.retryAfter()) > 0
                            ? clientLeft.retryAfter()
                            : accountLeft.retryAfter());
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
            if (status == 401 && user != null) {
                byClient.take(client);
                byAccount.take(user);
            }
            AUDIT.infof(
                    "admin user=%s client=%s action=\"%s\" outcome=%d",
                    user == null ? "-" : user, client, action, status);
        });
        ctx.next();
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
