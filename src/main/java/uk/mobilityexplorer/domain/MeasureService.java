package uk.mobilityexplorer.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The measure catalogue and what each measure offers within one edition. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MeasureService {

    static final Set<String> DOMAINS =
            Set.of("mobility-outcomes", "intermediate-outcomes", "drivers", "composite-indices");

    /** A measure with the Commission's code in each edition it appears in. */
    public record Summary(Measure measure, Map<String, String> smcCodes) {}

    /**
     * A measure in one edition: its files, what its current rows cover, and how the Commission presented it (null
     * when its pages give no facts for that edition).
     */
    public record Details(
            Measure measure,
            Edition edition,
            List<Dataset> datasets,
            List<Dataset> current,
            Map<String, Set<String>> categoriesUsed,
            List<Unit> units,
            List<String> notes,
            List<String> areaTypes,
            List<String> periods,
            Map<String, Integer> observationCounts,
            PresentationService.Presentation presentation) {

        /** The source as cited: the edition and the files its current figures come from. */
        public String source() {
            return "Social Mobility Commission, " + edition.title + " ("
                    + String.join(", ", current.stream().map(d -> d.sourceFile).toList()) + ")";
        }
    }

    private final Catalogue catalogue;
    private final EditionResolver editions;
    private final ObservationRepository observations;
    private final PresentationService presentations;

    public MeasureService(
            Catalogue catalogue,
            EditionResolver editions,
            ObservationRepository observations,
            PresentationService presentations) {
        this.catalogue = catalogue;
        this.editions = editions;
        this.observations = observations;
        this.presentations = presentations;
    }

    /**
     * Measures with data in the edition (every published one when null), of a domain and topic, containing the text
     * in their title, description or codes; each filter optional and matched in any case.
     */
    public List<Summary> list(Edition edition, String domain, String topic, String text) {
        if (domain != null && !DOMAINS.contains(domain.toLowerCase(Locale.ROOT))) {
            throw new InvalidQueryException(
                    "domain", "domain must be one of: " + String.join(", ", new TreeSet<>(DOMAINS)) + ".");
        }
        List<Summary> items = new ArrayList<>();
        for (Measure m : catalogue.get().measures().values()) {
            Map<String, String> codes = editions.smcCodes(m.id, edition != null && edition.isDraft());
            boolean matches = (edition == null || codes.containsKey(edition.id))
                    && (domain == null || m.domain.equalsIgnoreCase(domain))
                    && (topic == null || m.topic.equalsIgnoreCase(topic))
                    && (text == null
                            || (m.title + " " + m.description + " " + m.id + " " + String.join(" ", codes.values()))
                                    .toLowerCase(Locale.ROOT)
                                    .contains(text.toLowerCase(Locale.ROOT)));
            if (matches && !codes.isEmpty()) {
                items.add(new Summary(m, codes));
            }
        }
        return items;
    }

    public Details describe(Measure m, Edition e) {
        var s = catalogue.get();
        List<Dataset> datasets = catalogue.datasetsOf(m.id).stream()
                .filter(d -> d.editionId.equals(e.id))
                .toList();
        List<Dataset> current = catalogue.currentDatasets(m.id, e.id);
        List<Observation> rows =
                observations.inDatasets(current.stream().map(d -> d.id).toList());
        Map<String, Set<String>> categoriesUsed = new LinkedHashMap<>();
        rows.forEach(o -> o.breakdowns()
                .forEach(b -> categoriesUsed
                        .computeIfAbsent(b[0], k -> new LinkedHashSet<>())
                        .add(b[1])));
        List<Unit> units = rows.stream()
                .map(o -> o.unitCode)
                .distinct()
                .map(u -> s.units().get(u))
                .toList();
        List<String> notes = rows.stream()
                .map(o -> o.valueNote)
                .filter(n -> n != null && !n.isBlank())
                .distinct()
                .toList();
        List<String> areaTypes = rows.stream()
                .filter(o -> o.areaCode != null)
                .map(o -> s.areas().get(o.areaCode).type.code())
                .distinct()
                .sorted()
                .toList();
        List<String> periods = rows.stream()
                .sorted(Comparator.comparing(
                                (Observation o) -> o.periodStart, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(o -> o.period))
                .map(o -> o.period)
                .distinct()
                .toList();
        return new Details(
                m,
                e,
                datasets,
                current,
                categoriesUsed,
                units,
                notes,
                areaTypes,
                periods,
                editions.observationCounts(m.id, e),
                presentations.of(m, e, areaTypes));
    }
}
