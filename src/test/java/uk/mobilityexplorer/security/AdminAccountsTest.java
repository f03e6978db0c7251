package uk.mobilityexplorer.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdminAccountsTest {

    private static final String ALICE_HASH =
            "pbkdf2-sha256:1000:c2FsdHNhbHRzYWx0c2FsdA==:" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    private static final AuthenticationRequestContext INLINE =
            supplier -> Uni.createFrom().item(supplier);

    private final List<String> hashesChecked = new ArrayList<>();
    private final AdminAccounts accounts =
            new AdminAccounts(config("alice|importer|" + ALICE_HASH), (hash, password) -> {
                hashesChecked.add(hash);
                return false;
            });

    @Test
    void unknownUserName_costsAPasswordHashOfTheSameStrengthAsAKnownOne() {
        assertThatThrownBy(() -> signIn("mallory")).isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> signIn("alice")).isInstanceOf(AuthenticationFailedException.class);
        assertThat(hashesChecked).hasSize(2);
        assertThat(hashesChecked.get(1)).isEqualTo(ALICE_HASH);
        assertThat(hashesChecked.get(0))
                .as("a decoy, never a real account's hash")
                .isNotEqualTo(ALICE_HASH)
                .startsWith("pbkdf2-sha256:1000:");
    }

    @Test
    void decoyIsMatchedByNoPassword() {
        String decoy = PasswordHash.decoyLike(PasswordHash.hash("correct horse battery".toCharArray()));
        assertThat(decoy).startsWith("pbkdf2-sha256:210000:");
        assertThat(PasswordHash.matches(decoy, "correct horse battery".toCharArray()))
                .isFalse();
        assertThat(PasswordHash.matches(decoy, new char[0])).isFalse();
    }

    private void signIn(String user) {
        accounts.authenticate(
                        new UsernamePasswordAuthenticationRequest(user, new PasswordCredential("guess".toCharArray())),
                        INLINE)
                .await()
                .indefinitely();
    }

    private static AdminAccounts.Config config(String... entries) {
        return new AdminAccounts.Config() {
            @Override
            public Optional<List<String>> accounts() {
                return Optional.of(List.of(entries));
            }

            @Override
            public int maxFailedSignIns() {
                return 5;
            }

            @Override
            public Duration failedSignInForgivenAfter() {
                return Duration.ofMinutes(1);
            }
        };
    }
}
