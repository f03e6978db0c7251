package uk.mobilityexplorer.api.v1;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import uk.mobilityexplorer.api.Representations;
import uk.mobilityexplorer.api.v1.dto.AreaDto;
import uk.mobilityexplorer.api.v1.dto.ObservationDto;
import uk.mobilityexplorer.domain.Area;
import uk.mobilityexplorer.domain.Catalogue;
import uk.mobilityexplorer.domain.Edition;
import uk.mobilityexplorer.domain.InvalidQueryException;
import uk.mobilityexplorer.domain.StatsQueryService;

/** Areas, their hierarchy and their profile across measures. */
@Path("/api/v1/areas")
public class AreasResource {

    /** An area's profile in one edition. */
    public record ProfileDto(AreaDto area, String edition, String comparisonMethod, int total, List<ProfileItem> items) {
    }

    /** One measure's headline figure for the area, its rank among peers and its difference from the UK. */
    public record ProfileItem(String measure, String title, String polarity, ObservationDto observation, Integer rank,
            int peerCount, java.math.BigDecimal ukValue, java.math.BigDecimal differenceFromUk, String comparison) {
    }

    private final Catalogue catalogue;
    private final StatsQueryService stats;
    private final ObservationMapper mapper;
    private final Representations representations;

    public AreasResource(Catalogue catalogue, StatsQueryService stats, ObservationMapper mapper,
            Representations representations) {
        this.catalogue = catalogue;
        this.stats = stats;
        this.mapper = mapper;
        this.representations = representations;
    }

    @GET
    public Response list(@QueryParam("type") String type, @QueryParam("parent") String parent,
            @QueryParam("format") String format, @Context HttpHeaders headers, @Context Request request) {
        var areas = catalogue.get().areas();
        if (type != null && areas.values().stream().noneMatch(a -> a.type.equalsIgnoreCase(type))) {
            throw new InvalidQueryException("type", "type must be one of: " + areas.values().stream().map(a -> a.type)
                    .distinct().sorted().collect(Collectors.joining(", ")) + ".");
        }
        String parentCode = parent == null ? null : catalogue.area(parent).code;
        List<AreaDto> items = areas.values().stream()
                .filter(a -> type == null || a.type.equalsIgnoreCase(type))
                .filter(a -> parentCode == null || parentCode.equals(a.parentCode))
                .map(a -> AreaDto.from(a, a.parentCode == null ? null : areas.get(a.parentCode))).toList();
        var csv = new Representations.CsvBody(List.of("code", "name", "type", "parent_code", "parent_name", "vintages"),
                items.stream().map(a -> List.<Object>of(a.code(), a.name(), a.type(),
                        a.parent() == null ? "" : a.parent().code(), a.parent() == null ? "" : a.parent().name(),
                        String.join(" ", a.vintages()))).toList());
        return representations.collection(request, headers, format, Map.of("items", items, "total", items.size()),
                csv, false);
    }

    @GET
    @Path("/{code}")
    public Response get(@PathParam("code") String code, @Context Request request) {
        Area a = catalogue.area(code);
        var areas = catalogue.get().areas();
        List<AreaDto.AreaRef> children = areas.values().stream().filter(c -> a.code.equals(c.parentCode))
                .map(AreaDto.AreaRef::from).toList();
        return representations.json(request, Map.of("area", AreaDto.from(a, a.parentCode == null ? null : areas.get(a.parentCode)),
                "children", children, "profile", "/api/v1/areas/" + a.code + "/profile"), false);
    }

    @GET
    @Path("/{code}/profile")
    public Response profile(@PathParam("code") String code, @QueryParam("edition") String edition,
            @QueryParam("format") String format, @Context HttpHeaders headers, @Context Request request) {
        Area a = catalogue.area(code);
        Edition e = edition == null ? catalogue.latestPublished() : catalogue.edition(edition);
        var s = catalogue.get();
        var datasets = s.datasets().stream().filter(d -> d.editionId.equals(e.id) && !d.status.equals("superseded")).toList();
        List<ProfileItem> items = stats.profile(a, datasets, s.measures(), s.areas()).stream()
                .map(p -> new ProfileItem(p.measure().id, p.measure().title, p.measure().polarity,
                        mapper.toDto(p.observation()), p.rank(), p.peerCount(), p.uk() == null ? null : p.uk().value,
                        p.uk() == null ? null : p.observation().value.subtract(p.uk().value), p.comparison()))
                .toList();
        var body = new ProfileDto(AreaDto.from(a, a.parentCode == null ? null : s.areas().get(a.parentCode)), e.id,
                "Headline figure: no breakdown, latest period. Rank 1 = highest value among areas of the same type. "
                        + "Compared with the UK by non-overlapping 95% confidence intervals (higher, lower or similar); "
                        + "not-compared where either interval is missing.", items.size(), items);
        var csv = new Representations.CsvBody(List.of("measure", "title", "period", "value", "lci", "uci", "unit", "rank",
                "peer_count", "band_label", "uk_value", "difference_from_uk", "comparison"),
                items.stream().map(i -> List.<Object>of(i.measure(), i.title(), i.observation().period().label(),
                        ObservationMapper.plain(i.observation().value()), ObservationMapper.plain(i.observation().lci()), ObservationMapper.plain(i.observation().uci()),
                        i.observation().unit().code(), i.rank(), i.peerCount(),
                        i.observation().band() == null ? "" : i.observation().band().label(), ObservationMapper.plain(i.ukValue()),
                        ObservationMapper.plain(i.differenceFromUk()), i.comparison())).toList());
        return representations.collection(request, headers, format, body, csv, e.isPinnedBy(edition));
    }
}
