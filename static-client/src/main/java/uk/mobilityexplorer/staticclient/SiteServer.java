package uk.mobilityexplorer.staticclient;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import uk.mobilityexplorer.staticclient.site.SiteGenerator;

/**
 * Waits for the API, generates the site and serves it with the same security headers a production host should send.
 * Usage: {@code SiteServer [api-base-url] [site-dir] [port]}; defaults http://localhost:8080, target/site, 8081.
 */
public final class SiteServer {

    private SiteServer() {
    }

    public static void main(String[] args) throws Exception {
        String api = args.length > 0 ? args[0] : "http://localhost:8080";
        Path site = Path.of(args.length > 1 ? args[1] : "target/site").toAbsolutePath().normalize();
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 8081;
        awaitReady(api, 120);
        int pages = SiteGenerator.toStandardOutput(api, site).generate();
        HttpServer server = serve(site, port);
        System.out.printf("Generated %d pages. Static explorer: http://localhost:%d/index.html (API: %s)%n", pages,
                server.getAddress().getPort(), api);
    }

    static HttpServer serve(Path site, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> respond(site, exchange));
        server.start();
        return server;
    }

    private static void respond(Path site, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Path file = site.resolve(path.substring(1)).normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        SecurityHeaders.ALL.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (!file.startsWith(site) || !Files.isRegularFile(file) || !(head || exchange.getRequestMethod().equals("GET"))) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        byte[] body = Files.readAllBytes(file);
        exchange.getResponseHeaders().set("Content-Type", contentType(file.getFileName().toString()));
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Browsers refuse a stylesheet sent as text/plain under {@code nosniff}, so each kind of file gets its own type. */
    static String contentType(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return switch (ext) {
            case "html" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "xml" -> "application/atom+xml";
            default -> "text/plain; charset=utf-8";
        };
    }

    static void awaitReady(String api, int seconds) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < seconds * 2; i++) {
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create(api + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The API at " + api + " did not become ready within " + seconds + " s");
    }
}
