package uk.mobilityexplorer.api.v1;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import uk.mobilityexplorer.api.Representations;
import uk.mobilityexplorer.api.v1.dto.DatasetDto;
import uk.mobilityexplorer.api.v1.dto.DimensionDto;
import uk.mobilityexplorer.api.v1.dto.MeasureDto;
import uk.mobilityexplorer.api.v1.dto.MeasureSummaryDto;
import uk.mobilityexplorer.api.v1.dto.ObservationDto;
import uk.mobilityexplorer.api.v1.dto.PageDto;
import uk.mobilityexplorer.api.v1.dto.UnitDto;
import uk.mobilityexplorer.domain.Catalogue;
import uk.mobilityexplorer.domain.Dataset;
import uk.mobilityexplorer.domain.Edition;
import uk.mobilityexplorer.domain.InvalidQueryException;
import uk.mobilityexplorer.domain.Measure;
import uk.mobilityexplorer.domain.Observation;
import uk.mobilityexplorer.domain.StatsQueryService;

/** The measure catalogue, each measure's metadata, its observations and gaps between groups. */
@Path("/api/v1/measures")
public class MeasuresResource {

    public static final int MAX_PAGE_SIZE = 1000;
    private static final Set<String> OBSERVATION_PARAMS =
            Set.of("edition", "version", "area", "area_type", "period", "sort", "page", "page_size", "format");
    private static final Map<String, String> SORTS = Map.of(
            "period", "periodStart, periodEnd, period, id", "-period", "periodStart desc, periodEnd desc, period desc, id",
            "value", "value, id", "-value", "value desc, id", "area", "areaCode, id", "source", "id");
    private static final Set<String> DOMAINS =
            Set.of("mobility-outcomes", "intermediate-outcomes", "drivers", "composite-indices");

    /** A gap between two categories of one dimension, with its interval and the method used. */
    public record GapDto(ObservationDto from, ObservationDto to, java.math.BigDecimal difference,
            java.math.BigDecimal lci, java.math.BigDecimal uci, String significance) {
    }

    /** All gaps for a measure, with the method stated once. */
    public record GapsDto(String measure, String edition, String dimension, String from, String to, String method,
            long total, List<GapDto> items, List<PageDto.Warning> warnings) {
    }

    private final Catalogue catalogue;
    private final StatsQueryService stats;
    private final ObservationMapper mapper;
    private final Representations representations;

    public MeasuresResource(Catalogue catalogue, StatsQueryService stats, ObservationMapper mapper,
            Representations representations) {
        this.catalogue = catalogue;
        this.stats = stats;
        this.mapper = mapper;
        this.representations = representations;
    }

    @GET
    public Response list(@QueryParam("edition") String edition, @QueryParam("domain") String domain,
            @QueryParam("topic") String topic, @QueryParam("q") String text, @QueryParam("format") String format,
            @Context HttpHeaders headers, @Context Request request) {
        var s = catalogue.get();
        Edition e = edition == null ? null : catalogue.edition(edition);
        if (domain != null && !DOMAINS.contains(domain.toLowerCase(Locale.ROOT))) {
            throw new InvalidQueryException("domain", "domain must be one of: " + String.join(", ", new java.util.TreeSet<>(DOMAINS)) + ".");
        }
        List<MeasureSummaryDto> items = new ArrayList<>();
        for (Measure m : s.measures().values()) {
            Map<String, String> codes = smcCodes(m.id, e != null && e.isDraft());
            boolean matches = (e == null || codes.containsKey(e.id))
                    && (domain == null || m.domain.equalsIgnoreCase(domain))
                    && (topic == null || m.topic.equalsIgnoreCase(topic))
                    && (text == null || (m.title + " " + m.description + " " + m.id + " " + String.join(" ", codes.values()))
                            .toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)));
            if (matches && !codes.isEmpty()) {
                items.add(MeasureSummaryDto.from(m, codes));
            }
        }
        var csv = new Representations.CsvBody(List.of("code", "title", "domain", "topic", "polarity", "editions",
                "smc_codes", "description"), items.stream().map(i -> List.<Object>of(i.code(), i.title(), i.domain(),
                i.topic(), i.polarity(), String.join(" ", i.editions()), i.smcCodes().entrySet().stream()
                .map(x -> x.getKey() + ":" + x.getValue()).collect(Collectors.joining(" ")), i.description())).toList());
        return representations.collection(request, headers, format, Map.of("items", items, "total", items.size()), csv,
                e != null && e.isPinnedBy(edition));
    }

    @GET
    @Path("/{code}")
    public Response get(@PathParam("code") String code, @QueryParam("edition") String edition,
            @Context Request request) {
        Measure m = catalogue.measure(code, edition);
        Edition e = editionFor(m, edition);
        List<Dataset> datasets = catalogue.datasetsOf(m.id).stream().filter(d -> d.editionId.equals(e.id)).toList();
        List<Dataset> current = catalogue.currentDatasets(m.id, e.id);
        List<Observation> rows = stats.all(current.stream().map(d -> d.id).toList());
        var s = catalogue.get();
        Map<String, Set<String>> categoriesUsed = new LinkedHashMap<>();
        rows.forEach(o -> o.breakdowns().forEach(b -> categoriesUsed.computeIfAbsent(b[0], k -> new LinkedHashSet<>()).add(b[1])));
        List<DimensionDto> dimensions = DimensionsResource.dimensions(catalogue, categoriesUsed);
        List<UnitDto> units = rows.stream().map(o -> o.unitCode).distinct().map(u -> UnitDto.from(s.units().get(u))).toList();
        List<String> notes = rows.stream().map(o -> o.valueNote).filter(n -> n != null && !n.isBlank()).distinct().toList();
        List<String> areaTypes = rows.stream().filter(o -> o.areaCode != null).map(o -> s.areas().get(o.areaCode).type)
                .distinct().sorted().toList();
        List<String> periods = rows.stream().sorted(Comparator.comparing((Observation o) -> o.periodStart,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(o -> o.period))
                .map(o -> o.period).distinct().toList();
        Map<String, Integer> counts = new TreeMap<>();
        catalogue.datasetsOf(m.id).stream().filter(d -> !d.status.equals("superseded"))
                .filter(d -> !s.editions().get(d.editionId).isDraft() || e.isDraft())
                .forEach(d -> counts.merge(d.editionId, d.observationCount, Integer::sum));
        String self = "/api/v1/measures/" + m.id + "?edition=" + e.id;
        String observations = "/api/v1/measures/" + m.id + "/observations?edition=" + e.id;
        MeasureDto dto = new MeasureDto(m.id, m.title, m.description, m.domain, m.topic, m.polarity, e.id,
                current.isEmpty() ? null : current.get(0).smcCode, 0.95, units, notes,
                "Social Mobility Commission, " + e.title + " (" + String.join(", ",
                        current.stream().map(d -> d.sourceFile).toList()) + ")",
                "Open Government Licence v3.0", datasets.stream().map(DatasetDto::from).toList(), dimensions,
                areaTypes, periods, counts, new MeasureDto.Links(self, observations, observations + "&format=csv"));
        return representations.json(request, dto, e.isPinnedBy(edition));
    }

    @GET
    @Path("/{code}/observations")
    public Response observations(@PathParam("code") String code, @QueryParam("edition") String edition,
            @QueryParam("version") String version, @QueryParam("area") List<String> areas,
            @QueryParam("area_type") String areaType, @QueryParam("period") List<String> periods,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("page_size") String pageSize,
            @QueryParam("format") String format, @Context UriInfo uri, @Context HttpHeaders headers,
            @Context Request request) {
        Measure m = catalogue.measure(code, edition);
        Edition e = editionFor(m, edition);
        List<Dataset> datasets = datasetsFor(m, e, version);
        Map<String, String> dimensions = dimensionFilters(uri);
        int pageNumber = positive("page", page, 1, Integer.MAX_VALUE);
        int size = positive("page_size", pageSize, 100, MAX_PAGE_SIZE);
        String order = sort == null ? SORTS.get("source") : SORTS.get(sort.toLowerCase(Locale.ROOT));
        if (order == null) {
            throw new InvalidQueryException("sort", "sort must be one of: " + String.join(", ", new java.util.TreeSet<>(SORTS.keySet())) + ".");
        }
        if (areaType != null && catalogue.get().areas().values().stream().noneMatch(a -> a.type.equals(areaType))) {
            throw new InvalidQueryException("area_type", "area_type must be one of: " + catalogue.get().areas().values()
                    .stream().map(a -> a.type).distinct().sorted().collect(Collectors.joining(", ")) + ".");
        }
        List<String> areaCodes = splitAll("area", areas).stream().map(a -> catalogue.area(a).code).toList();
        List<String> periodLabels = splitAll("period", periods);
        var result = stats.observations(new StatsQueryService.ObservationFilter(datasets.stream().map(d -> d.id).toList(),
                areaCodes, areaType, periodLabels, dimensions, order, pageNumber, size));
        List<ObservationDto> items = result.items().stream().map(mapper::toDto).toList();
        List<PageDto.Warning> warnings = result.total() == 0 ? explainEmpty(datasets, areaCodes, periodLabels, dimensions) : List.of();
        String self = uri.getRequestUri().getRawPath() + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
        String next = (long) pageNumber * size < result.total() ? withPage(uri, pageNumber + 1) : null;
        String prev = pageNumber > 1 ? withPage(uri, pageNumber - 1) : null;
        var body = new PageDto<>(m.id, e.id, result.total(), pageNumber, size, items, new PageDto.PageLinks(self, next, prev), warnings);
        return representations.collection(request, headers, format, body, mapper.csv(items), e.isPinnedBy(edition));
    }

    @GET
    @Path("/{code}/gaps")
    public Response gaps(@PathParam("code") String code, @QueryParam("edition") String edition,
            @QueryParam("dimension") String dimension, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("area") List<String> areas, @QueryParam("format") String format,
            @Context HttpHeaders headers, @Context Request request) {
        Measure m = catalogue.measure(code, edition);
        Edition e = editionFor(m, edition);
        var s = catalogue.get();
        if (dimension == null || !s.dimensions().containsKey(dimension.toLowerCase(Locale.ROOT))) {
            throw new InvalidQueryException("dimension", "dimension must be one of: " + String.join(", ", s.dimensions().keySet()) + ".");
        }
        String dim = dimension.toLowerCase(Locale.ROOT);
        String fromCode = category("from", dim, from);
        String toCode = category("to", dim, to);
        List<Observation> rows = stats.all(catalogue.currentDatasets(m.id, e.id).stream().map(d -> d.id).toList());
        List<String> areaCodes = splitAll("area", areas).stream().map(a -> catalogue.area(a).code).toList();
        if (!areaCodes.isEmpty()) {
            rows = rows.stream().filter(o -> areaCodes.contains(o.areaCode)).toList();
        }
        List<GapDto> items = stats.gaps(rows, dim, fromCode, toCode).stream()
                .map(g -> new GapDto(mapper.toDto(g.from()), mapper.toDto(g.to()), g.difference(), g.lci(), g.uci(), g.significance()))
                .toList();
        List<PageDto.Warning> warnings = items.isEmpty() ? List.of(new PageDto.Warning("results.empty",
                "No rows of this measure in edition " + e.id + " give both '" + fromCode + "' and '" + toCode
                        + "' for the same area, period and other breakdowns.")) : List.of();
        var body = new GapsDto(m.id, e.id, dim, fromCode, toCode,
                "Difference 'to' minus 'from'. The 95% interval treats the two estimates as independent and takes each standard error from its published 95% interval; significant means the interval excludes zero. Not assessed where an interval is missing.",
                items.size(), items, warnings);
        List<String> header = new ArrayList<>(List.of("difference", "lci", "uci", "significance"));
        ObservationMapper.CSV_HEADER.forEach(h -> header.add("from_" + h));
        ObservationMapper.CSV_HEADER.forEach(h -> header.add("to_" + h));
        var csv = new Representations.CsvBody(header, items.stream().map(g -> {
            List<Object> row = new ArrayList<>(List.of(g.difference().toPlainString(), g.lci() == null ? "" : g.lci().toPlainString(),
                    g.uci() == null ? "" : g.uci().toPlainString(), g.significance()));
            row.addAll(mapper.toCsv(g.from()));
            row.addAll(mapper.toCsv(g.to()));
            return row;
        }).toList());
        return representations.collection(request, headers, format, body, csv, e.isPinnedBy(edition));
    }

    private String category(String parameter, String dimension, String value) {
        var categories = catalogue.get().categories().getOrDefault(dimension, List.of());
        if (value == null) {
            throw new InvalidQueryException(parameter, parameter + " is required: one of " + categories.stream().map(c -> c.code).collect(Collectors.joining(", ")) + ".");
        }
        return categories.stream().filter(c -> c.code.equalsIgnoreCase(value)).map(c -> c.code).findFirst()
                .orElseThrow(() -> new InvalidQueryException(parameter, parameter + " must be a category of " + dimension + ": "
                        + categories.stream().map(c -> c.code).collect(Collectors.joining(", ")) + "."));
    }

    /** Commission code per edition where the measure has data; drafts only when asked for. */
    private Map<String, String> smcCodes(String measureId, boolean includeDrafts) {
        Map<String, String> codes = new TreeMap<>();
        catalogue.datasetsOf(measureId).stream().filter(d -> !d.status.equals("superseded"))
                .filter(d -> includeDrafts || !catalogue.get().editions().get(d.editionId).isDraft())
                .forEach(d -> codes.put(d.editionId, d.smcCode));
        return codes;
    }

    private Edition editionFor(Measure m, String requested) {
        List<Dataset> all = catalogue.datasetsOf(m.id);
        if (requested != null && !requested.equalsIgnoreCase("latest")) {
            Edition e = catalogue.edition(requested);
            if (all.stream().noneMatch(d -> d.editionId.equals(e.id))) {
                throw new InvalidQueryException("edition", "Measure " + m.id + " has no data in edition " + e.id
                        + ". Editions with this measure: " + String.join(", ", smcCodes(m.id, true).keySet()) + ".");
            }
            return e;
        }
        return all.stream().map(d -> catalogue.get().editions().get(d.editionId)).filter(e -> !e.isDraft())
                .max(Comparator.comparing(e -> e.publishedOn))
                .orElseThrow(() -> new InvalidQueryException("edition", "Measure " + m.id + " has only draft data; ask for edition=2026-draft."));
    }

    private List<Dataset> datasetsFor(Measure m, Edition e, String version) {
        if (version == null) {
            return catalogue.currentDatasets(m.id, e.id);
        }
        List<Dataset> inEdition = catalogue.datasetsOf(m.id).stream().filter(d -> d.editionId.equals(e.id)).toList();
        return inEdition.stream().filter(d -> d.pageVersion.equalsIgnoreCase(version)).findFirst().map(List::of)
                .orElseThrow(() -> new InvalidQueryException("version", "version must be one of: "
                        + inEdition.stream().map(d -> d.pageVersion).collect(Collectors.joining(", ")) + "."));
    }

    private Map<String, String> dimensionFilters(UriInfo uri) {
        var s = catalogue.get();
        Map<String, String> filters = new LinkedHashMap<>();
        for (var entry : uri.getQueryParameters().entrySet()) {
            String name = entry.getKey().toLowerCase(Locale.ROOT);
            if (OBSERVATION_PARAMS.contains(name)) {
                continue;
            }
            if (!s.dimensions().containsKey(name)) {
                throw new InvalidQueryException(entry.getKey(), "Unknown parameter '" + entry.getKey() + "'. Allowed: "
                        + String.join(", ", new java.util.TreeSet<>(OBSERVATION_PARAMS)) + ", or a dimension code: "
                        + String.join(", ", s.dimensions().keySet()) + ".");
            }
            if (entry.getValue().size() != 1) {
                throw new InvalidQueryException(name, name + " may be given once.");
            }
            filters.put(name, category(name, name, entry.getValue().get(0)));
        }
        return filters;
    }

    private List<PageDto.Warning> explainEmpty(List<Dataset> datasets, List<String> areas, List<String> periods,
            Map<String, String> dimensions) {
        List<String> ids = datasets.stream().map(d -> d.id).toList();
        List<PageDto.Warning> warnings = new ArrayList<>();
        if (!areas.isEmpty() && !stats.hasArea(ids, areas)) {
            warnings.add(new PageDto.Warning("area.not-covered", "This measure has no figures for the requested area(s) in this edition."));
        }
        if (!periods.isEmpty()) {
            List<String> available = stats.periods(ids);
            if (periods.stream().noneMatch(available::contains)) {
                warnings.add(new PageDto.Warning("period.not-covered", "Periods available: " + String.join(", ", available) + "."));
            }
        }
        dimensions.forEach((d, c) -> {
            if (!stats.hasDimension(ids, d)) {
                warnings.add(new PageDto.Warning("breakdown.not-available", "This measure is not broken down by " + d + " in this edition."));
            }
        });
        if (warnings.isEmpty()) {
            warnings.add(new PageDto.Warning("results.empty", "Each filter matches some rows, but no row matches all of them together."));
        }
        return warnings;
    }

    private static int positive(String name, String value, int fallback, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 1 || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException ex) {
            throw new InvalidQueryException(name, name + " must be a whole number from 1 to " + max + ".");
        }
    }

    static List<String> splitAll(String parameter, List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            values.forEach(v -> java.util.Arrays.stream(v.split(",")).map(String::strip).filter(x -> !x.isEmpty()).forEach(out::add));
        }
        if (out.size() > 100) {
            throw new InvalidQueryException(parameter, parameter + " takes at most 100 values.");
        }
        return out;
    }

    private static String withPage(UriInfo uri, int page) {
        return uri.getRequestUriBuilder().replaceQueryParam("page", page).build().toString()
                .replaceFirst("^https?://[^/]+", "");
    }
}
