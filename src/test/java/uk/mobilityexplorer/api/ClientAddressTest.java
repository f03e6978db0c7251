package uk.mobilityexplorer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static ClientAddress trusting(String... proxies) {
        return new ClientAddress(new ClientAddress.Config() {
            @Override
            public Optional<List<String>> trusted() {
                return Optional.of(List.of(proxies));
            }

            @Override
            public String header() {
                return "X-Forwarded-For";
            }
        });
    }

    @Test
    void forwardingHeaderFromAnUntrustedPeer_isIgnored() {
        assertThat(trusting("10.0.0.5").resolve("203.0.113.9", List.of("198.51.100.1")))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void forwardingHeaderFromATrustedProxy_namesTheClient() {
        assertThat(trusting("10.0.0.5").resolve("10.0.0.5", List.of("198.51.100.1")))
                .isEqualTo("198.51.100.1");
    }

    @Test
    void addressesAClientWroteItself_areNotBelieved() {
        // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the address it saw.
        assertThat(trusting("10.0.0.5").resolve("10.0.0.5", List.of("1.2.3.4, 198.51.100.1")))
                .isEqualTo("198.51.100.1");
    }

    @Test
    void chainOfTrustedProxies_isWalkedBackToTheFirstUntrustedHop() {
        assertThat(trusting("10.0.0.5", "10.0.0.6").resolve("10.0.0.5", List.of("198.51.100.1", "10.0.0.6")))
                .isEqualTo("198.51.100.1");
    }

    @Test
    void trustedProxyWithoutAHeader_isTheClient() {
        assertThat(trusting("10.0.0.5").resolve("10.0.0.5", List.of())).isEqualTo("10.0.0.5");
    }
}
