package uk.mobilityexplorer.api.v1;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import uk.mobilityexplorer.api.Representations;
import uk.mobilityexplorer.api.v1.dto.AreaDto;
import uk.mobilityexplorer.api.v1.dto.ObservationDto;
import uk.mobilityexplorer.api.v1.dto.UnitDto;
import uk.mobilityexplorer.domain.Catalogue;
import uk.mobilityexplorer.domain.Observation;

/** Builds observation wire records (JSON and CSV) with labels beside codes. */
@ApplicationScoped
public class ObservationMapper {

    public static final List<String> CSV_HEADER = List.of("area_code", "area_name", "area_type", "area_published",
            "area_basis", "period", "period_start", "period_end", "period_kind", "dimension_1", "category_1",
            "category_1_label", "dimension_2", "category_2", "category_2_label", "dimension_3", "category_3",
            "category_3_label", "dimension_4", "category_4", "category_4_label", "band_scheme", "band_rank",
            "band_label", "value", "lci", "uci", "sample_size", "se", "unit", "unit_label", "status", "note",
            "chart_type", "source");

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
            breakdowns.add(new ObservationDto.Breakdown(b[0], dimension == null ? b[0] : dimension.label, b[1],
                    catalogue.categoryLabel(b[0], b[1])));
        }
        ObservationDto.Band band = o.bandRank == null ? null
                : new ObservationDto.Band(o.bandScheme, o.bandRank, o.bandLabel);
        return new ObservationDto(AreaDto.AreaRef.from(area), o.areaPublished, o.areaBasis,
                new ObservationDto.Period(o.period, o.periodStart, o.periodEnd, o.periodKind, o.periodWindow),
                breakdowns, band, o.value, o.lci, o.uci, o.sampleSize, o.se,
                UnitDto.from(snapshot.units().get(o.unitCode)), o.status, o.valueNote, o.chartType,
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
        return new Representations.CsvBody(CSV_HEADER, items.stream().map(this::toCsv).toList());
    }

    private String sourceOf(Observation o) {
        return catalogue.get().datasetsById().get(o.datasetId).sourceFile + ":" + o.sourceLine;
    }

    private static Object blank(Object o) {
        return o == null ? "" : o;
    }

    /** A number as published, for CSV cells: no trailing zeros, no exponent; empty when absent. */
    static String plain(java.math.BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
