package uk.mobilityexplorer.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.config.ConfigMapping;
import io.smallrye.mutiny.Uni;

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
    }

    private record Account(String hash, Set<String> roles) {
    }

    private final Map<String, Account> accounts = new HashMap<>();

    public AdminAccounts(Config config) {
        for (String entry : config.accounts().orElse(List.of())) {
            String[] parts = entry.strip().split("\\|");
            if (parts.length != 3 || parts[0].isBlank()) {
                throw new IllegalArgumentException(
                        "mobility.admin.accounts: each entry is <user>|<roles>|<password hash>; one is not");
            }
            accounts.put(parts[0].strip(), new Account(parts[2].strip(), Set.of(parts[1].strip().split("\\s+"))));
        }
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        // PBKDF2 is deliberately slow: keep it off the event loop.
        return context.runBlocking(() -> {
            Account account = accounts.get(request.getUsername());
            char[] password = request.getPassword().getPassword();
            if (account == null || !PasswordHash.matches(account.hash(), password)) {
                throw new AuthenticationFailedException();
            }
            return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(request.getUsername()))
                    .addRoles(account.roles()).build();
        });
    }
}
