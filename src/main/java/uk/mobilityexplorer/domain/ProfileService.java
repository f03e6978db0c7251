package uk.mobilityexplorer.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** An area's profile: its headline figure on each measure, ranked among its peers and compared with the UK. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProfileService {

    public static final String METHOD = "Headline figure: no breakdown, latest period. Rank 1 = highest value among "
            + "areas of the same type. Compared with the UK by non-overlapping 95% confidence intervals (higher, lower "
            + "or similar); not-compared where either interval is missing.";

    /** One measure's headline figure for an area, with its rank among areas of the same type and the UK figure. */
    public record Entry(Measure measure, Observation observation, Integer rank, int peerCount, Observation uk,
            String comparison) {

        public BigDecimal ukValue() {
            return uk == null ? null : uk.value;
        }

        public BigDecimal differenceFromUk() {
            return uk == null ? null : observation.value.subtract(uk.value);
        }
    }

    private final Catalogue catalogue;
    private final ObservationRepository observations;

    public ProfileService(Catalogue catalogue, ObservationRepository observations) {
        this.catalogue = catalogue;
        this.observations = observations;
    }

    /**
     * For every current dataset in the edition, the area's headline figure: no breakdowns, latest period, first
     * unit. Rank 1 is the highest value among areas of the same type for the same period and unit (ties share a
     * rank). The UK comparison uses non-overlapping 95% intervals, and says so when an interval is missing.
     */
    public List<Entry> profile(Area area, Edition edition) {
        var snapshot = catalogue.get();
        List<Dataset> datasets = snapshot.datasets().stream()
                .filter(d -> d.editionId.equals(edition.id) && d.isServedByDefault()).toList();
        Map<String, Area> areas = snapshot.areas();
        Map<String, List<Observation>> headlines = observations.headlines(datasets.stream().map(d -> d.id).toList())
                .stream().collect(Collectors.groupingBy(o -> o.datasetId));
        List<Entry> entries = new ArrayList<>();
        for (Dataset d : datasets) {
            List<Observation> headline = headlines.getOrDefault(d.id, List.of());
            Observation mine = headline.stream().filter(o -> area.code.equals(o.areaCode)).findFirst().orElse(null);
            if (mine == null) {
                continue;
            }
            List<Observation> peers = headline.stream()
                    .filter(o -> o.period.equals(mine.period) && o.unitCode.equals(mine.unitCode)
                            && Objects.equals(o.chartType, mine.chartType)
                            && Objects.equals(o.valueNote, mine.valueNote)
                            && o.areaCode != null)
                    .filter(o -> areas.containsKey(o.areaCode) && areas.get(o.areaCode).type == area.type)
                    .toList();
            long higher = peers.stream().filter(o -> o.value.compareTo(mine.value) > 0).count();
            Observation uk = headline.stream()
                    .filter(o -> Area.UK_CODE.equals(o.areaCode) && o.period.equals(mine.period)
                            && o.unitCode.equals(mine.unitCode))
                    .findFirst().orElse(null);
            entries.add(new Entry(snapshot.measures().get(d.measureId), mine, (int) higher + 1, peers.size(), uk,
                    compare(mine, uk, area)));
        }
        entries.sort(Comparator.comparing(e -> e.measure().title));
        return entries;
    }

    private static String compare(Observation mine, Observation uk, Area area) {
        if (area.code.equals(Area.UK_CODE)) {
            return "is-uk";
        }
        if (uk == null) {
            return "no-uk-figure";
        }
        if (mine.lci == null || mine.uci == null || uk.lci == null || uk.uci == null) {
            return "not-compared";
        }
        if (mine.lci.compareTo(uk.uci) > 0) {
            return "higher";
        }
        if (mine.uci.compareTo(uk.lci) < 0) {
            return "lower";
        }
        return "similar";
    }
}
