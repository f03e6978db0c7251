package uk.mobilityexplorer.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.engine.SourceOfRandomness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import uk.mobilityexplorer.support.ApiSpec;
import uk.mobilityexplorer.support.ContractOperation;

/**
 * Requests generated from {@code openapi/openapi.yaml} itself: every operation, every declared parameter and every
 * dimension filter the API lists, with values drawn from each parameter's schema (types, bounds, enums) and their
 * edges, hostile text, repeated and unknown parameters and wrong media types. Each answer must be a status the
 * contract documents for that operation, errors problem+json, and every body valid against the contract. A fresh
 * seed per run (printed; rerun with {@code -Dfuzz.seed=N}) plus fixed regression seeds that always run.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractFuzzTest {

    /** Fixed seeds that run on every build beside the random one, so what they once found stays covered. */
    private static final long[] REGRESSION_SEEDS = {20261122L, 18L, 2147485L};

    private static final int RANDOM_SEED_REQUESTS = Integer.getInteger("fuzz.requests", 10_000);
    private static final int REGRESSION_SEED_REQUESTS = 1_000;
    /** Vert.x refuses a longer request line with a bare 414 before any route runs (quarkus.http.limits default). */
    private static final int MAX_REQUEST_LINE = 4096;

    private static final List<String> NUMERIC_EDGES = List.of(
            "0",
            "-1",
            "1",
            "2147483647",
            "2147483648",
            "-2147483648",
            "-2147483649",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775809",
            "18446744073709551616",
            "99999999999999999999999999",
            "1e3",
            "1.0",
            "1.5",
            "0x10",
            " 1",
            "+1",
            "01",
            "١٢",
            "NaN",
            "Infinity",
            "");
    private static final List<String> HOSTILE = List.of(
            "",
            " ",
            "'; drop table observation; --",
            "1 OR 1=1",
            "../../etc/passwd",
            "..%2F..%2F",
            "%00",
            "\u0000",
            "ñ€𝔘漢字",
            "😀",
            "<script>alert(1)</script>",
            "null",
            "{}",
            "[]",
            "%",
            "\\",
            "latest'",
            " 2025",
            "2025 ",
            "a,b,,c",
            ",",
            "\uFEFF2025",
            "\u202Etxt",
            "ＴＬＣ１",
            "İ",
            "ß");
    private static final List<String> ACCEPT = List.of(
            "",
            "application/json",
            "text/csv",
            "*/*",
            "application/problem+json",
            "application/xml",
            "text/html",
            "image/png",
            "application/json;q=0",
            "text/csv, application/json;q=0.5",
            "nonsense",
            ";;;",
            "application/*");
    private static final List<String> UPLOAD_TYPES = List.of(
            "text/plain",
            "application/json",
            "application/x-www-form-urlencoded",
            "application/octet-stream",
            "multipart/mixed; boundary=b");
    private static final List<String> CREDENTIALS = List.of(
            "",
            "Basic aW1wb3J0ZXI6aW1wb3J0ZXI=",
            "Basic %%%",
            "Basic " + "A".repeat(3000),
            "Bearer x",
            "Basic YWRtaW46",
            "Basic OmFkbWlu",
            "Basic");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @TestHTTPResource("/")
    URL base;

    private List<ContractOperation> operations;
    private OpenApiInteractionValidator validator;
    /** Codes the running API itself lists, so that some generated values name real things. */
    private final Set<String> knownCodes = new LinkedHashSet<>();
    /** The same codes by the list they came from: a parameter draws on the list holding its example. */
    private final Map<String, Set<String>> codesByList = new LinkedHashMap<>();
    /** Dimension code to its category codes, from the operation named by each x-dimension-filters. */
    private final Map<String, List<String>> dimensions = new TreeMap<>();
    /** One endless sample stream per parameter, drawing on jqwik's seeded source of randomness. */
    private final Map<String, Iterator<String>> samples = new HashMap<>();

    @BeforeAll
    void readContractAndApi() throws Exception {
        operations = ContractOperation.readAll(ApiSpec.PROJECT.resolve("openapi/openapi.yaml"));
        validator = OpenApiInteractionValidator.createForSpecificationUrl(
                        ApiSpec.PROJECT.resolve("openapi/openapi.yaml").toUri().toString())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        for (String list : List.of("/api/v1/editions", "/api/v1/measures", "/api/v1/areas")) {
            Set<String> codes = codesByList.computeIfAbsent(list, k -> new LinkedHashSet<>());
            for (JsonNode item : getJson(list).path("items")) {
                Stream.of("id", "code")
                        .map(item::path)
                        .filter(JsonNode::isTextual)
                        .map(JsonNode::asText)
                        .forEach(codes::add);
                item.path("smc_codes").forEach(c -> codes.add(c.asText()));
            }
            knownCodes.addAll(codes);
        }
        for (ContractOperation op : operations) {
            if (op.dimensionFilters() != null) {
                for (JsonNode dimension : getJson(op.dimensionFilters()).path("items")) {
                    List<String> categories = new ArrayList<>();
                    dimension
                            .path("categories")
                            .forEach(c -> categories.add(c.path("code").asText()));
                    dimensions.put(dimension.path("code").asText(), categories);
                    knownCodes.addAll(categories);
                }
            }
        }
        assertThat(operations).as("operations in the contract").hasSizeGreaterThanOrEqualTo(11);
        assertThat(dimensions).as("dimension filters listed by the API").hasSizeGreaterThanOrEqualTo(20);
    }

    @TestFactory
    Stream<DynamicTest> everyAnswerIsDocumentedAndValid() {
        long randomSeed = Long.getLong("fuzz.seed", new SecureRandom().nextLong());
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("random seed " + randomSeed, () -> fuzz(randomSeed, RANDOM_SEED_REQUESTS)));
        for (long seed : REGRESSION_SEEDS) {
            tests.add(DynamicTest.dynamicTest("regression seed " + seed, () -> fuzz(seed, REGRESSION_SEED_REQUESTS)));
        }
        return tests.stream();
    }

    /** A generated request and what the contract lets the server answer. */
    private record Probe(
            ContractOperation op,
            String method,
            String rawPath,
            String query,
            Map<String, String> headers,
            byte[] body,
            boolean unknownParameter,
            Set<String> sent) {

        String target() {
            return rawPath + (query.isEmpty() ? "" : "?" + query);
        }
    }

    private void fuzz(long seed, int count) throws Exception {
        System.out.printf("Contract fuzz: seed %d, %d requests (rerun with -Dfuzz.seed=%d)%n", seed, count, seed);
        Random random = new Random(seed);
        // jqwik draws from its own per-thread source; seeding it makes the generated values repeatable too.
        SourceOfRandomness.create(Long.toString(seed));
        samples.clear();
        List<Probe> probes = new ArrayList<>(count);
        // First every query parameter and every dimension filter of every operation at least once, then at random.
        for (ContractOperation op : operations) {
            op.parameters().stream()
                    .filter(p -> p.getIn().equals("query"))
                    .forEach(p -> probes.add(probe(op, random, p.getName())));
            if (op.dimensionFilters() != null) {
                dimensions.keySet().forEach(dimension -> probes.add(probe(op, random, dimension)));
            }
        }
        while (probes.size() < count) {
            probes.add(probe(operations.get(random.nextInt(operations.size())), random, null));
        }
        Map<String, Integer> covered = new TreeMap<>();
        probes.forEach(p -> covered.merge(p.op().id(), 1, Integer::sum));
        assertThat(covered).as("every operation fuzzed").hasSameSizeAs(operations);
        assertThat(unsent(probes))
                .as("query parameters and dimension filters never sent")
                .isEmpty();
        long started = System.nanoTime();
        Map<String, List<String>> failures = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Map.Entry<String, String>>> results = new ArrayList<>();
            for (Probe probe : probes) {
                results.add(pool.submit(() -> judge(probe)));
            }
            for (Future<Map.Entry<String, String>> result : results) {
                Map.Entry<String, String> failure = result.get();
                if (failure != null) {
                    failures.computeIfAbsent(failure.getKey(), k -> new ArrayList<>())
                            .add(failure.getValue());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf(
                "Contract fuzz: seed %d, %d requests over %d operations in %d ms, %d failing kinds%n",
                seed, count, covered.size(), (System.nanoTime() - started) / 1_000_000, failures.size());
        StringBuilder report = new StringBuilder();
        failures.forEach((kind, examples) -> report.append("\n  ")
                .append(kind)
                .append(" (")
                .append(examples.size())
                .append("x), e.g. ")
                .append(examples.get(0)));
        System.out.println("Contract fuzz: seed " + seed + " failures:" + report);
        assertThat(failures.keySet())
                .as("seed " + seed + ", rerun with -Dfuzz.seed=" + seed + ":" + report)
                .isEmpty();
    }

    private Map.Entry<String, String> judge(Probe probe) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        URI.create(base.toString().replaceAll("/$", "") + probe.target()))
                .timeout(Duration.ofSeconds(30));
        probe.headers().forEach(builder::header);
        builder.method(
                probe.method(),
                probe.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(probe.body()));
        HttpResponse<String> response;
        try {
            response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            return Map.entry(
                    probe.op().id() + ": connection closed without an answer",
                    probe.method() + " " + abbreviate(probe.target()) + " "
                            + probe.headers().keySet() + ": " + e);
        }
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String example = probe.method() + " " + abbreviate(probe.target()) + " "
                + probe.headers().keySet() + " -> " + status + " " + abbreviate(response.body());
        String op = probe.op().id() + ": ";
        if (probe.method().length() + probe.target().length() + " HTTP/1.1".length() + 1 > MAX_REQUEST_LINE) {
            return status == 414 ? null : Map.entry(op + "over-long request line answered " + status, example);
        }
        if (!probe.op().statuses().contains(status)) {
            return Map.entry(
                    op + "status " + status + " is not documented " + probe.op().statuses(), example);
        }
        if (probe.method().equals("PUT") && status < 300) {
            return Map.entry(op + "import accepted without a valid account", example);
        }
        if (probe.unknownParameter() && status < 300) {
            return Map.entry(op + "unknown parameter accepted with " + status, example);
        }
        if (status >= 400) {
            if (!contentType.startsWith(ProblemMappers.PROBLEM_JSON)) {
                return Map.entry(op + status + " not problem+json but '" + contentType + "'", example);
            }
            JsonNode problem = JSON.readTree(response.body());
            if (problem.path("status").asInt() != status || response.body().contains("Exception")) {
                return Map.entry(op + status + " problem body inconsistent or leaking", example);
            }
        }
        SimpleResponse.Builder checked = SimpleResponse.Builder.status(status).withBody(response.body());
        response.headers().map().forEach((name, values) -> checked.withHeader(name, values));
        ValidationReport report =
                validator.validateResponse(probe.rawPath(), Request.Method.valueOf(probe.method()), checked.build());
        if (report.hasErrors()) {
            String messages = report.getMessages().stream()
                    .map(ValidationReport.Message::getKey)
                    .distinct()
                    .toList()
                    .toString();
            return Map.entry(op + status + " body breaks the contract " + messages, example + " " + report);
        }
        return null;
    }

    /** Each operation's query parameters and dimension filters that no probe sends, as "operation: name". */
    private Set<String> unsent(List<Probe> probes) {
        Set<String> unsent = new TreeSet<>();
        for (ContractOperation op : operations) {
            Set<String> sent = new HashSet<>();
            probes.stream().filter(p -> p.op() == op).forEach(p -> sent.addAll(p.sent()));
            op.parameters().stream()
                    .filter(p -> p.getIn().equals("query"))
                    .map(Parameter::getName)
                    .filter(name -> !sent.contains(name))
                    .forEach(name -> unsent.add(op.id() + ": " + name));
            if (op.dimensionFilters() != null) {
                dimensions.keySet().stream()
                        .filter(d -> !sent.contains(d))
                        .forEach(d -> unsent.add(op.id() + ": " + d));
            }
        }
        return unsent;
    }

    /** A request to {@code op}; {@code required} names a query parameter or dimension it must send (or null). */
    private Probe probe(ContractOperation op, Random random, String required) {
        String rawPath = op.path();
        List<String> query = new ArrayList<>();
        Set<String> sent = new HashSet<>();
        for (Parameter p : op.parameters()) {
            if (p.getIn().equals("path")) {
                // An empty segment would address another operation (/measures/ is the list), so never send one.
                String value = value(op, p);
                rawPath = rawPath.replace("{" + p.getName() + "}", encode(value.isEmpty() ? " " : value));
            } else if (p.getIn().equals("query") && (p.getName().equals(required) || random.nextInt(3) == 0)) {
                addQuery(query, op, p, random);
                sent.add(p.getName());
            }
        }
        if (op.dimensionFilters() != null) {
            List<String> codes = new ArrayList<>(dimensions.keySet());
            List<String> chosen = new ArrayList<>();
            if (required != null && dimensions.containsKey(required)) {
                chosen.add(required);
            }
            for (int i = random.nextInt(4); i > 0; i--) {
                chosen.add(codes.get(random.nextInt(codes.size())));
            }
            for (String dimension : chosen) {
                List<String> categories = dimensions.get(dimension);
                String category = random.nextInt(4) > 0 && !categories.isEmpty()
                        ? categories.get(random.nextInt(categories.size()))
                        : hostile();
                query.add(encode(random.nextInt(8) == 0 ? dimension.toUpperCase(Locale.ROOT) : dimension) + "="
                        + encode(category));
                sent.add(dimension);
            }
        }
        boolean unknown = random.nextInt(8) == 0;
        if (unknown) {
            String name;
            do {
                name = random.nextBoolean() ? "x" + random.nextInt(1000) : hostile();
            } while (name.isEmpty() || op.declaresQuery(name) || dimensions.containsKey(name.toLowerCase(Locale.ROOT)));
            query.add(random.nextInt(query.size() + 1), encode(name) + "=" + encode(hostile()));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String accept = ACCEPT.get(random.nextInt(ACCEPT.size()));
        if (!accept.isEmpty() && random.nextInt(4) == 0) {
            headers.put("Accept", accept);
        }
        byte[] body = null;
        if (!op.requestMediaTypes().isEmpty()) {
            String credentials = CREDENTIALS.get(random.nextInt(CREDENTIALS.size()));
            if (!credentials.isEmpty()) {
                headers.put("Authorization", credentials);
            }
            if (random.nextBoolean()) {
                headers.put("Content-Type", "multipart/form-data; boundary=b");
                body = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + hostile() + "\"\r\n\r\n"
                                + hostile() + "\r\n--b--\r\n")
                        .getBytes(StandardCharsets.UTF_8);
            } else {
                headers.put("Content-Type", UPLOAD_TYPES.get(random.nextInt(UPLOAD_TYPES.size())));
                body = hostile().getBytes(StandardCharsets.UTF_8);
            }
        }
        return new Probe(op, op.method(), rawPath, String.join("&", query), headers, body, unknown, sent);
    }

    /** A declared query parameter: once, repeated, or (for arrays) several values comma-joined or exploded. */
    private void addQuery(List<String> query, ContractOperation op, Parameter p, Random random) {
        int values = p.getSchema().getItems() != null || random.nextInt(10) == 0 ? 1 + random.nextInt(3) : 1;
        List<String> generated = new ArrayList<>();
        for (int i = 0; i < values; i++) {
            generated.add(value(op, p));
        }
        if (values > 1 && random.nextBoolean()) {
            query.add(encode(p.getName()) + "=" + encode(String.join(",", generated)));
        } else {
            generated.forEach(v -> query.add(encode(p.getName()) + "=" + encode(v)));
        }
    }

    private String value(ContractOperation op, Parameter p) {
        return samples.computeIfAbsent(
                        op.id() + "/" + p.getName(),
                        k -> arbitrary(p).sampleStream().iterator())
                .next();
    }

    /** Values for one parameter, from its schema: in-range values with their edges, then everything around them. */
    private Arbitrary<String> arbitrary(Parameter p) {
        Schema<?> schema = p.getSchema().getItems() != null ? p.getSchema().getItems() : p.getSchema();
        List<String> examples = Stream.of(p.getExample(), schema.getExample(), schema.getDefault())
                .filter(e -> e != null)
                .map(Object::toString)
                .toList();
        List<String> good = new ArrayList<>(codesByList.values().stream()
                .filter(codes -> examples.stream().anyMatch(codes::contains))
                .findFirst()
                .orElse(knownCodes));
        good.addAll(examples);
        Arbitrary<String> hostile = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(HOSTILE)),
                Tuple.of(4, Arbitraries.strings().all().ofMaxLength(40)),
                Tuple.of(
                        1,
                        Arbitraries.strings()
                                .withCharRange('a', 'z')
                                .ofMinLength(1000)
                                .ofMaxLength(5000)));
        if ("integer".equals(schema.getType())) {
            long min = schema.getMinimum() == null
                    ? Long.MIN_VALUE
                    : schema.getMinimum().longValue();
            long max = schema.getMaximum() == null
                    ? Long.MAX_VALUE
                    : schema.getMaximum().longValue();
            List<String> edges = new ArrayList<>(NUMERIC_EDGES);
            Stream.of(schema.getMinimum(), schema.getMaximum())
                    .filter(b -> b != null)
                    .forEach(b -> {
                        edges.add(b.subtract(BigDecimal.ONE).toPlainString());
                        edges.add(b.add(BigDecimal.ONE).toPlainString());
                    });
            // Mostly the int range the server parses into, where arithmetic on two parameters can overflow.
            return Arbitraries.frequencyOf(
                    Tuple.of(
                            4,
                            Arbitraries.integers()
                                    .between((int) Math.max(min, Integer.MIN_VALUE), (int)
                                            Math.min(max, Integer.MAX_VALUE))
                                    .map(String::valueOf)),
                    Tuple.of(1, Arbitraries.longs().between(min, max).map(String::valueOf)),
                    Tuple.of(4, Arbitraries.of(edges)),
                    Tuple.of(1, hostile));
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            List<String> allowed =
                    schema.getEnum().stream().map(String::valueOf).toList();
            return Arbitraries.frequencyOf(
                    Tuple.of(5, Arbitraries.of(allowed)),
                    Tuple.of(2, Arbitraries.of(allowed).map(v -> v.toUpperCase(Locale.ROOT))),
                    Tuple.of(3, hostile));
        }
        return Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.of(good)), Tuple.of(5, hostile));
    }

    private String hostile() {
        return samples.computeIfAbsent(
                        "hostile",
                        k -> Arbitraries.frequencyOf(
                                        Tuple.of(3, Arbitraries.of(HOSTILE)),
                                        Tuple.of(3, Arbitraries.strings().all().ofMaxLength(30)),
                                        Tuple.of(2, Arbitraries.of(List.copyOf(knownCodes))),
                                        Tuple.of(
                                                1,
                                                Arbitraries.strings()
                                                        .withCharRange('a', 'z')
                                                        .ofMinLength(1000)
                                                        .ofMaxLength(5000)))
                                .sampleStream()
                                .iterator())
                .next();
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
