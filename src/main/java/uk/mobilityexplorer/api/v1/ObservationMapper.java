package uk.mobilityexplorer.api.v1;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import uk.mobilityexplorer.api.Representations;
import uk.mobilityexplorer.api.v1.dto.AreaDto;
import uk.mobilityexplorer.api.v1.dto.BenchmarkDto;
import uk.mobilityexplorer.api.v1.dto.ComparisonDto;
import uk.mobilityexplorer.api.v1.dto.GapDto;
import uk.mobilityexplorer.api.v1.dto.GapsDto;
import uk.mobilityexplorer.api.v1.dto.ObservationDto;
import uk.mobilityexplorer.api.v1.dto.PageDto;
import uk.mobilityexplorer.api.v1.dto.PeerDistributionDto;
import uk.mobilityexplorer.api.v1.dto.ProfileDto;
import uk.mobilityexplorer.api.v1.dto.ProfileItemDto;
import uk.mobilityexplorer.api.v1.dto.SeriesPointDto;
import uk.mobilityexplorer.api.v1.dto.UnitDto;
import uk.mobilityexplorer.domain.Area;
import uk.mobilityexplorer.domain.Catalogue;
import uk.mobilityexplorer.domain.Edition;
import uk.mobilityexplorer.domain.GapService;
import uk.mobilityexplorer.domain.Measure;
import uk.mobilityexplorer.domain.Observation;
import uk.mobilityexplorer.domain.ProfileService;

/** Builds observation wire records (JSON and CSV) with labels beside codes, alone or in gaps and profiles. */
@ApplicationScoped
public class ObservationMapper {

    public static final List<String> CSV_HEADER = List.of(
            "area_code",
            "area_name",
            "area_type",
            "area_published",
            "area_basis",
            "period",
            "period_start",
            "period_end",
            "period_kind",
            "dimension_1",
            "category_1",
            "category_1_label",
            "dimension_2",
            "category_2",
            "category_2_label",
            "dimension_3",
            "category_3",
            "category_3_label",
            "dimension_4",
            "category_4",
            "category_4_label",
            "band_scheme",
            "band_rank",
            "band_label",
            "value",
            "lci",
            "uci",
            "sample_size",
            "se",
            "unit",
            "unit_label",
            "status",
            "note",
            "chart_type",
            "source");

    private final Catalogue catalogue;

    public ObservationMapper(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public ObservationDto toDto(Observation o) {
        var snapshot = catalogue.get();
        var area = o.areaCode == null ? null : snapshot.areas().get(o.areaCode);
        List<ObservationDto.Breakdown> breakdowns = new ArrayList<>();
        for (String[] b : o.breakdowns()) {
            var dimension = snapshot.dimensions().get(b[0]);
            breakdowns.add(new ObservationDto.Breakdown(
                    b[0], dimension == null ? b[0] : dimension.label, b[1], catalogue.categoryLabel(b[0], b[1])));
        }
        return new ObservationDto(
                AreaDto.AreaRef.from(area),
                o.areaPublished,
                o.areaBasis,
                period(o),
                breakdowns,
                band(o),
                o.value,
                o.lci,
                o.uci,
                o.sampleSize,
                o.se,
                UnitDto.from(snapshot.units().get(o.unitCode)),
                o.status.code(),
                o.valueNote,
                o.chartType,
                sourceOf(o));
    }

    public List<Object> toCsv(ObservationDto d) {
        List<Object> row = new ArrayList<>();
        row.add(d.area() == null ? "" : d.area().code());
        row.add(d.area() == null ? "" : d.area().name());
        row.add(d.area() == null ? "" : d.area().type());
        row.add(d.areaPublished());
        row.add(d.areaBasis());
        row.add(d.period().label());
        row.add(blank(d.period().start()));
        row.add(blank(d.period().end()));
        row.add(d.period().kind());
        for (int i = 0; i < 4; i++) {
            var b = i < d.breakdowns().size() ? d.breakdowns().get(i) : null;
            row.add(b == null ? "" : b.dimension());
            row.add(b == null ? "" : b.category());
            row.add(b == null ? "" : b.categoryLabel());
        }
        row.add(d.band() == null ? "" : d.band().scheme());
        row.add(d.band() == null ? "" : d.band().rank());
        row.add(d.band() == null ? "" : d.band().label());
        row.add(plain(d.value()));
        row.add(plain(d.lci()));
        row.add(plain(d.uci()));
        row.add(plain(d.sampleSize()));
        row.add(plain(d.se()));
        row.add(d.unit().code());
        row.add(d.unit().label());
        row.add(d.status());
        row.add(blank(d.note()));
        row.add(blank(d.chartType()));
        row.add(d.source());
        return row;
    }

    public Representations.CsvBody csv(List<ObservationDto> items) {
        return new Representations.CsvBody(
                CSV_HEADER, items.stream().map(this::toCsv).toList());
    }

    public GapsDto gaps(Measure measure, Edition edition, GapService.Result result) {
        List<GapDto> items = result.gaps().stream()
                .map(g ->
                        new GapDto(toDto(g.from()), toDto(g.to()), g.difference(), g.lci(), g.uci(), g.significance()))
                .toList();
        return new GapsDto(
                measure.id,
                edition.id,
                result.dimension(),
                result.from(),
                result.to(),
                GapService.METHOD,
                items.size(),
                items,
                result.explanations().stream().map(PageDto.Warning::from).toList());
    }

    /** Gaps as CSV: the difference and its interval, then each side's observation columns. */
    public Representations.CsvBody gapsCsv(List<GapDto> items) {
        List<String> header = new ArrayList<>(List.of("difference", "lci", "uci", "significance"));
        CSV_HEADER.forEach(h -> header.add("from_" + h));
        CSV_HEADER.forEach(h -> header.add("to_" + h));
        return new Representations.CsvBody(
                header,
                items.stream()
                        .map(g -> {
                            List<Object> row = new ArrayList<>(List.of(
                                    g.difference().toPlainString(),
                                    g.lci() == null ? "" : g.lci().toPlainString(),
                                    g.uci() == null ? "" : g.uci().toPlainString(),
                                    g.significance()));
                            row.addAll(toCsv(g.from()));
                            row.addAll(toCsv(g.to()));
                            return row;
                        })
                        .toList());
    }

    public ProfileDto profile(Edition edition, ProfileService.Profile profile) {
        Area area = profile.area();
        List<ProfileItemDto> items = profile.entries().stream()
                .map(e -> profileItem(e, profile.figuresArea()))
                .toList();
        return new ProfileDto(
                AreaDto.from(area, catalogue.parentOf(area)),
                AreaDto.AreaRef.from(profile.figuresArea()),
                AreaMapper.figuresNote(area, profile.figuresArea()),
                edition.id,
                ProfileService.METHOD,
                items.size(),
                items);
    }

    private ProfileItemDto profileItem(ProfileService.Entry e, Area figuresArea) {
        return new ProfileItemDto(
                e.measure().id,
                e.measure().title,
                e.measure().polarity,
                toDto(e.observation()),
                e.rank(),
                e.peerCount(),
                e.ukValue(),
                e.differenceFromUk(),
                e.comparison(),
                peers(e, figuresArea),
                benchmark(e),
                e.series().stream().map(ObservationMapper::seriesPoint).toList());
    }

    public ComparisonDto comparison(Edition edition, ProfileService.Comparison comparison) {
        List<ComparisonDto.ComparedArea> areas = comparison.sides().stream()
                .map(s -> new ComparisonDto.ComparedArea(
                        AreaDto.AreaRef.from(s.requested()),
                        AreaDto.AreaRef.from(s.figuresArea()),
                        AreaMapper.figuresNote(s.requested(), s.figuresArea())))
                .toList();
        List<ComparisonDto.ComparedMeasure> measures = comparison.rows().stream()
                .map(r -> {
                    List<ComparisonDto.Item> items = new ArrayList<>();
                    for (int i = 0; i < r.entries().size(); i++) {
                        ProfileService.Entry e = r.entries().get(i);
                        Area figuresArea = comparison.sides().get(i).figuresArea();
                        items.add(new ComparisonDto.Item(
                                figuresArea.code, toDto(e.observation()), peers(e, figuresArea), benchmark(e)));
                    }
                    return new ComparisonDto.ComparedMeasure(
                            r.measure().id, r.measure().title, r.measure().polarity, items);
                })
                .toList();
        return new ComparisonDto(edition.id, areas, measures.size(), measures);
    }

    private static PeerDistributionDto peers(ProfileService.Entry e, Area figuresArea) {
        return PeerDistributionDto.from(e.peers(), figuresArea.type.code(), e.observation().period);
    }

    private BenchmarkDto benchmark(ProfileService.Entry e) {
        String code = e.benchmark().areaCode();
        return BenchmarkDto.from(
                e.benchmark(),
                code == null
                        ? null
                        : AreaDto.AreaRef.from(catalogue.get().areas().get(code)));
    }

    private static SeriesPointDto seriesPoint(ProfileService.SeriesPoint p) {
        Observation o = p.observation();
        return new SeriesPointDto(p.edition(), period(o), o.value, o.lci, o.uci, band(o), o.unitCode);
    }

    private static ObservationDto.Period period(Observation o) {
        return new ObservationDto.Period(o.period, o.periodStart, o.periodEnd, o.periodKind, o.periodWindow);
    }

    private static ObservationDto.Band band(Observation o) {
        return o.bandRank == null ? null : new ObservationDto.Band(o.bandScheme, o.bandRank, o.bandLabel);
    }

    public Representations.CsvBody profileCsv(List<ProfileItemDto> items) {
        return new Representations.CsvBody(
                List.of(
                        "measure",
                        "title",
                        "period",
                        "value",
                        "lci",
                        "uci",
                        "unit",
                        "rank",
                        "peer_count",
                        "band_label",
                        "uk_value",
                        "difference_from_uk",
                        "comparison"),
                items.stream()
                        .map(i -> List.<Object>of(
                                i.measure(),
                                i.title(),
                                i.observation().period().label(),
                                plain(i.observation().value()),
                                plain(i.observation().lci()),
                                plain(i.observation().uci()),
                                i.observation().unit().code(),
                                i.rank(),
                                i.peerCount(),
                                i.observation().band() == null
                                        ? ""
                                        : i.observation().band().label(),
                                plain(i.ukValue()),
                                plain(i.differenceFromUk()),
                                i.comparison()))
                        .toList());
    }

    private String sourceOf(Observation o) {
        return catalogue.get().datasetsById().get(o.datasetId).sourceFile + ":" + o.sourceLine;
    }

    private static Object blank(Object o) {
        return o == null ? "" : o;
    }

    /** A number as published, for CSV cells: no trailing zeros, no exponent; empty when absent. */
    private static String plain(java.math.BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
