package uk.mobilityexplorer.staticclient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import uk.mobilityexplorer.staticclient.api.ApiClient;

/** Captured (and, for presentation facts, hand-written) API responses under src/test/resources/fixtures. */
public final class Fixtures {

    private Fixtures() {
    }

    public static <T> T read(String name, Class<T> type) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            return ApiClient.mapper().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
