package uk.mobilityexplorer.staticclient.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import uk.mobilityexplorer.staticclient.api.model.AreaList;
import uk.mobilityexplorer.staticclient.api.model.Changes;
import uk.mobilityexplorer.staticclient.api.model.EditionList;
import uk.mobilityexplorer.staticclient.api.model.Measure;
import uk.mobilityexplorer.staticclient.api.model.MeasureList;
import uk.mobilityexplorer.staticclient.api.model.Observation;
import uk.mobilityexplorer.staticclient.api.model.ObservationPage;
import uk.mobilityexplorer.staticclient.api.model.Profile;

/** Reads the Mobility Explorer API over HTTP into typed records; one method per operation the site uses. */
public final class ApiClient {

    /** The largest page the observations operation allows; most measure editions fit in one. */
    private static final int PAGE_SIZE = 1000;

    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = mapper();

    public ApiClient(String base) {
        this.base = base.replaceAll("/+$", "");
    }

    /**
     * How the API's JSON maps onto the records: snake_case names, and unknown properties ignored on purpose, since the
     * records mirror only what the site reads (ClientContractTest checks each of those against the contract).
     */
    public static ObjectMapper mapper() {
        return new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** The API's own address, for links printed on pages. */
    public String base() {
        return base;
    }

    /** An absolute URL for an API path. */
    public String url(String path) {
        return base + path;
    }

    public EditionList editions() throws IOException, InterruptedException {
        return get("/api/v1/editions", EditionList.class);
    }

    public Changes changes(String edition, String since) throws IOException, InterruptedException {
        return get("/api/v1/editions/" + enc(edition) + "/changes?since=" + enc(since), Changes.class);
    }

    public MeasureList measures() throws IOException, InterruptedException {
        return get("/api/v1/measures", MeasureList.class);
    }

    public Measure measure(String code, String edition) throws IOException, InterruptedException {
        return get("/api/v1/measures/" + enc(code) + "?edition=" + enc(edition), Measure.class);
    }

    /** Every observation of a measure in an edition, following the paging links. */
    public List<Observation> observations(String code, String edition) throws IOException, InterruptedException {
        return observations("/api/v1/measures/" + enc(code) + "/observations?edition=" + enc(edition));
    }

    /** Every observation behind an observations path the API gave (for example a section's link). */
    public List<Observation> observations(String path) throws IOException, InterruptedException {
        List<Observation> rows = new ArrayList<>();
        String next = path + (path.contains("?") ? "&" : "?") + "page_size=" + PAGE_SIZE;
        while (next != null) {
            ObservationPage page = get(next, ObservationPage.class);
            rows.addAll(page.items());
            next = page.links() == null ? null : page.links().next();
        }
        return rows;
    }

    public AreaList areas(String type) throws IOException, InterruptedException {
        return get("/api/v1/areas?type=" + enc(type), AreaList.class);
    }

    public Profile profile(String area, String edition) throws IOException, InterruptedException {
        return get("/api/v1/areas/" + enc(area) + "/profile" + (edition == null ? "" : "?edition=" + enc(edition)),
                Profile.class);
    }

    private <T> T get(String path, Class<T> type) throws IOException, InterruptedException {
        String url = base + path;
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IOException("GET " + url + " answered " + r.statusCode() + ": "
                    + new String(r.body(), StandardCharsets.UTF_8));
        }
        return json.readValue(r.body(), type);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
