package uk.mobilityexplorer.api;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.mobilityexplorer.domain.InvalidQueryException;

/**
 * Turns a response body into bytes once, in JSON or CSV, and adds the caching headers every GET carries: a strong
 * ETag (304 on If-None-Match) and a Cache-Control that is long and immutable only for URLs pinned to a published
 * edition.
 */
@ApplicationScoped
public class Representations {

    public static final MediaType CSV = new MediaType("text", "csv", "utf-8");
    public static final String PINNED = "public, max-age=31536000, immutable";
    public static final String LATEST = "public, max-age=300";

    /** A collection as CSV: header plus rows, in the same order as the JSON items. */
    public record CsvBody(List<String> header, List<List<Object>> rows) {
    }

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
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(m -> m.getType().equals("text") && m.getSubtype().equals("csv"));
    }

    public Response json(Request request, Object body, boolean pinned) {
        try {
            return respond(request, mapper.writeValueAsBytes(body), MediaType.APPLICATION_JSON_TYPE, pinned);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response could not be written", e);
        }
    }

    public Response collection(Request request, HttpHeaders headers, String format, Object body, CsvBody csv,
            boolean pinned) {
        if (!wantsCsv(format, headers)) {
            return json(request, body, pinned);
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(csv.header());
            for (List<Object> row : csv.rows()) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException("CSV could not be written", e);
        }
        return respond(request, out.toString().getBytes(StandardCharsets.UTF_8), CSV, pinned);
    }

    private Response respond(Request request, byte[] bytes, MediaType type, boolean pinned) {
        EntityTag tag = new EntityTag(digest(bytes));
        String cache = pinned ? PINNED : LATEST;
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).header(HttpHeaders.CACHE_CONTROL, cache).build();
        }
        return Response.ok(bytes, type).tag(tag).header(HttpHeaders.CACHE_CONTROL, cache).build();
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
