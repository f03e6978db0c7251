package uk.mobilityexplorer.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who a request comes from, for rate limits and the admin door: the peer address, or, when the peer is one of the
 * configured trusted proxies (a load balancer or CDN), the address that proxy reports in its forwarding header.
 * A forwarding header from anyone else is ignored, so a client cannot choose its own identity.
 */
@Singleton
public class ClientAddress {

    /** {@code mobility.proxy.*}. */
    @ConfigMapping(prefix = "mobility.proxy")
    public interface Config {
        /** Peer addresses (exact IPs) of the proxies whose forwarding header is believed; none by default. */
        Optional<List<String>> trusted();

        /** The header those proxies append the client address to. */
        @WithDefault("X-Forwarded-For")
        String header();
    }

    private final Set<String> trusted;
    private final String header;

    public ClientAddress(Config config) {
        this.trusted = Set.copyOf(
                config.trusted().orElse(List.of()).stream().map(String::strip).toList());
        this.header = config.header();
    }

    public String of(HttpServerRequest request) {
        String peer = request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().hostAddress();
        return resolve(peer, request.headers().getAll(header));
    }

    /**
     * Walks the forwarding chain from the nearest hop back while each hop is a trusted proxy; the first address not
     * trusted is the client. Entries a client wrote itself sit further left and are never reached past it.
     */
    String resolve(String peer, List<String> forwarded) {
        String client = peer;
        if (!trusted.contains(client) || forwarded.isEmpty()) {
            return client;
        }
        String[] hops = String.join(",", forwarded).split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (hop.isEmpty()) {
                break;
            }
            client = hop;
            if (!trusted.contains(hop)) {
                break;
            }
        }
        return client;
    }
}
