package uk.mobilityexplorer.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.mobilityexplorer.domain.InvalidQueryException;

/**
 * Turns a response body into bytes once, in JSON or CSV, and adds the caching headers every GET carries: a strong
 * ETag (304 on If-None-Match), a Cache-Control that is long and immutable only for URLs pinned to a published
 * edition, and {@code Vary: Origin} (plus {@code Accept} for collections, which come in both), so a shared cache
 * keeps apart what differs.
 */
@ApplicationScoped
public class Representations {

    public static final MediaType CSV = new MediaType("text", "csv", "utf-8");
    public static final String PINNED = "public, max-age=31536000, immutable";
    public static final String LATEST = "public, max-age=300";

    /** A collection as CSV: header plus rows, in the same order as the JSON items. */
    public record CsvBody(List<String> header, List<List<Object>> rows) {}

    private final ObjectMapper mapper;

    public Representations(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null && !format.isEmpty()) {
            return switch (format.toLowerCase(java.util.Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new InvalidQueryException("format", "format must be one of: json, csv.");
            };
        }
        return acceptsCsv(headers.getHeaderString(HttpHeaders.ACCEPT));
    }

    /** Whether an Accept-Encoding header accepts gzip (a q of 0 refuses it). */
    public static boolean acceptsGzip(String acceptEncoding) {
        return element(acceptEncoding, "gzip")
                .map(parts -> parts.length < 2 || !parts[1].strip().matches("(?i)q\\s*=\\s*0(\\.0*)?"))
                .orElse(false);
    }

    /**
     * Whether an Accept header names CSV among its media ranges: the one choice of representation it makes (JSON
     * otherwise). The response cache keys on this answer rather than on the header's exact text.
     */
    public static boolean acceptsCsv(String accept) {
        return element(accept, "text/csv").isPresent();
    }

    /** The first element of a comma-separated header whose value is {@code name}, split at its semicolons. */
    private static Optional<String[]> element(String header, String name) {
        if (header == null) {
            return Optional.empty();
        }
        for (String element : header.split(",")) {
            // A limit of -1 keeps empty parts, so an element such as ";" still has a first part.
            String[] parts = element.split(";", -1);
            if (parts[0].strip().equalsIgnoreCase(name)) {
                return Optional.of(parts);
            }
        }
        return Optional.empty();
    }

    public Response json(Request request, Object body, boolean pinned) {
        return respond(request, jsonBytes(body), MediaType.APPLICATION_JSON_TYPE, pinned, false);
    }

    public Response collection(
            Request request, HttpHeaders headers, String format, Object body, CsvBody csv, boolean pinned) {
        if (!wantsCsv(format, headers)) {
            return respond(request, jsonBytes(body), MediaType.APPLICATION_JSON_TYPE, pinned, true);
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(csv.header());
            for (List<Object> row : csv.rows()) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException("CSV could not be written", e);
        }
        return respond(request, out.toString().getBytes(StandardCharsets.UTF_8), CSV, pinned, true);
    }

    private byte[] jsonBytes(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response could not be written", e);
        }
    }

    private Response respond(Request request, byte[] bytes, MediaType type, boolean pinned, boolean negotiated) {
        EntityTag tag = new EntityTag(digest(bytes));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = notModified != null ? notModified : Response.ok(bytes, type);
        response.tag(tag).header(HttpHeaders.CACHE_CONTROL, pinned ? PINNED : LATEST);
        // CORS answers name the requesting origin, so shared caches must keep origins apart too.
        return response.header(HttpHeaders.VARY, negotiated ? "Accept, Origin" : "Origin")
                .build();
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
