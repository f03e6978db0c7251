package uk.mobilityexplorer.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What changed between two editions: measures added, removed and revised, and corrections within the newer one. */
@ApplicationScoped
public class EditionChangesService {

    /** The changes, each list in measure order. */
    public record Changes(
            Edition now,
            Edition since,
            List<MeasureChange> added,
            List<MeasureChange> removed,
            List<MeasureChange> revised,
            List<Correction> corrected) {}

    /** One measure in a change list: its page versions and observation counts in the two editions. */
    public record MeasureChange(
            Measure measure,
            String pageVersionSince,
            String pageVersionNow,
            Integer observationsSince,
            Integer observationsNow) {}

    /** A correction published within the edition: the superseded file and the one that replaced it. */
    public record Correction(Dataset superseded, Dataset by, Measure measure) {}

    private final Catalogue catalogue;

    public EditionChangesService(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** A measure is revised when both editions have it: republished, with figures that may have changed. */
    public Changes between(Edition now, Edition since) {
        var s = catalogue.get();
        Map<String, Integer> countsNow = counts(now.id);
        Map<String, Integer> countsBefore = counts(since.id);
        Set<String> all = new TreeSet<>(countsNow.keySet());
        all.addAll(countsBefore.keySet());
        List<MeasureChange> added = new ArrayList<>();
        List<MeasureChange> removed = new ArrayList<>();
        List<MeasureChange> revised = new ArrayList<>();
        for (String m : all) {
            MeasureChange change = new MeasureChange(
                    s.measures().get(m),
                    pageVersion(m, since.id),
                    pageVersion(m, now.id),
                    countsBefore.get(m),
                    countsNow.get(m));
            (countsBefore.containsKey(m) ? (countsNow.containsKey(m) ? revised : removed) : added).add(change);
        }
        List<Correction> corrected = s.datasets().stream()
                .filter(d -> d.editionId.equals(now.id) && !d.isServedByDefault())
                .map(d -> new Correction(
                        d, s.datasetsById().get(d.supersededBy), s.measures().get(d.measureId)))
                .toList();
        return new Changes(now, since, added, removed, revised, corrected);
    }

    private String pageVersion(String measure, String edition) {
        return catalogue.currentDatasets(measure, edition).stream()
                .map(d -> d.pageVersion)
                .findFirst()
                .orElse(null);
    }

    private Map<String, Integer> counts(String edition) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        catalogue.get().datasets().stream()
                .filter(d -> d.editionId.equals(edition) && d.isServedByDefault())
                .forEach(d -> counts.merge(d.measureId, d.observationCount, Integer::sum));
        return counts;
    }
}
