package uk.mobilityexplorer.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks HTTP Basic credentials against the administrator accounts in configuration. Accounts exist only where
 * {@code mobility.admin.accounts} names them; with none configured, every attempt fails.
 */
@ApplicationScoped
public class AdminAccounts implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** {@code mobility.admin.*}. */
    @ConfigMapping(prefix = "mobility.admin")
    public interface Config {
        /**
         * Accounts, each {@code <user>|<role> <role>...|<password hash>}, the hash from {@link PasswordHash}. Set it
         * with the environment variable {@code MOBILITY_ADMIN_ACCOUNTS}; never commit it.
         */
        Optional<List<String>> accounts();

        /** Failed sign-ins an account, or a client, may make in a row before it must wait (429). */
        @WithDefault("5")
        int maxFailedSignIns();

        /** How long it takes for one failed sign-in to be forgiven (the wait after the limit is reached). */
        @WithDefault("PT1M")
        Duration failedSignInForgivenAfter();
    }

    private record Account(String hash, Set<String> roles) {}

    /** Checks a password against an encoded hash; {@link PasswordHash#matches} outside tests. */
    interface PasswordCheck {
        boolean matches(String encoded, char[] password);
    }

    private final Map<String, Account> accounts = new HashMap<>();
    private final PasswordCheck check;
    /**
     * Checked when the user name is unknown, with the same iteration count as a real account's hash, so that an
     * unknown name costs the same work as a known one and response time does not reveal which names exist.
     */
    private final String decoy;

    @Inject
    public AdminAccounts(Config config) {
        this(config, PasswordHash::matches);
    }

    AdminAccounts(Config config, PasswordCheck check) {
        this.check = check;
        for (String entry : config.accounts().orElse(List.of())) {
            String[] parts = entry.strip().split("\\|");
            if (parts.length != 3 || parts[0].isBlank()) {
                throw new IllegalArgumentException(
                        "mobility.admin.accounts: each entry is <user>|<roles>|<password hash>; one is not");
            }
            accounts.put(
                    parts[0].strip(),
                    new Account(parts[2].strip(), Set.of(parts[1].strip().split("\\s+"))));
        }
        this.decoy = accounts.values().stream()
                .map(a -> PasswordHash.decoyLike(a.hash()))
                .findFirst()
                .orElse(PasswordHash.decoyLike(null));
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        // PBKDF2 is deliberately slow: keep it off the event loop.
        return context.runBlocking(() -> {
            Account account = accounts.get(request.getUsername());
            char[] password = request.getPassword().getPassword();
            boolean matches = check.matches(account == null ? decoy : account.hash(), password);
            if (account == null || !matches) {
                throw new AuthenticationFailedException();
            }
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(request.getUsername()))
                    .addRoles(account.roles())
                    .build();
        });
    }
}
