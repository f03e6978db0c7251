package uk.mobilityexplorer.api.v1;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import uk.mobilityexplorer.api.Representations;
import uk.mobilityexplorer.api.v1.dto.CollectionDto;
import uk.mobilityexplorer.api.v1.dto.MeasureDto;
import uk.mobilityexplorer.api.v1.dto.MeasureSummaryDto;
import uk.mobilityexplorer.api.v1.query.EditionParams;
import uk.mobilityexplorer.api.v1.query.GapParams;
import uk.mobilityexplorer.api.v1.query.MeasureListParams;
import uk.mobilityexplorer.domain.Catalogue;
import uk.mobilityexplorer.domain.EditionResolver;
import uk.mobilityexplorer.domain.GapService;
import uk.mobilityexplorer.domain.Measure;
import uk.mobilityexplorer.domain.MeasureService;

/** The measure catalogue, each measure's metadata and the gaps between its groups. */
@Path("/api/v1/measures")
public class MeasuresResource {

    private final Catalogue catalogue;
    private final EditionResolver editions;
    private final MeasureService measures;
    private final GapService gaps;
    private final ObservationMapper mapper;
    private final Representations representations;

    public MeasuresResource(
            Catalogue catalogue,
            EditionResolver editions,
            MeasureService measures,
            GapService gaps,
            ObservationMapper mapper,
            Representations representations) {
        this.catalogue = catalogue;
        this.editions = editions;
        this.measures = measures;
        this.gaps = gaps;
        this.mapper = mapper;
        this.representations = representations;
    }

    @GET
    public Response list(@BeanParam MeasureListParams q, @Context HttpHeaders headers, @Context Request request) {
        var edition = q.edition() == null ? null : editions.named(q.edition());
        List<MeasureSummaryDto> items =
                measures.list(edition == null ? null : edition.edition(), q.domain(), q.topic(), q.text()).stream()
                        .map(MeasureSummaryDto::from)
                        .toList();
        return representations.collection(
                request,
                headers,
                q.format(),
                CollectionDto.of(items),
                MeasureSummaryDto.csv(items),
                edition != null && edition.pinned());
    }

    @GET
    @Path("/{code}")
    public Response get(@PathParam("code") String code, @BeanParam EditionParams q, @Context Request request) {
        Measure m = catalogue.measure(code, q.edition());
        var edition = editions.forMeasure(m, q.edition());
        return representations.json(
                request, MeasureDto.from(measures.describe(m, edition.edition()), catalogue.get()), edition.pinned());
    }

    @GET
    @Path("/{code}/gaps")
    public Response gaps(
            @PathParam("code") String code,
            @BeanParam GapParams q,
            @Context HttpHeaders headers,
            @Context Request request) {
        Measure m = catalogue.measure(code, q.edition());
        var edition = editions.forMeasure(m, q.edition());
        var result = gaps.gaps(m, edition.edition(), q.dimension(), q.from(), q.to(), q.areas());
        var body = mapper.gaps(m, edition.edition(), result);
        return representations.collection(
                request, headers, q.format(), body, mapper.gapsCsv(body.items()), edition.pinned());
    }
}
