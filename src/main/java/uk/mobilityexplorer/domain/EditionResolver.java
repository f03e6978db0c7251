package uk.mobilityexplorer.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one place that decides which edition a request means: "latest" (or nothing) is the most recent published
 * edition, a draft is served only when named, and a response is pinned (cacheable for ever) only when the request
 * named a published edition explicitly.
 */
@ApplicationScoped
public class EditionResolver {

    public static final String LATEST = "latest";

    /** The edition a request meant, and whether its figures are fixed for that request's URL. */
    public record Resolved(Edition edition, boolean pinned) {
        public String id() {
            return edition.id;
        }
    }

    private final Catalogue catalogue;

    public EditionResolver(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The most recent published edition. */
    public Edition latestPublished() {
        return catalogue.get().editions().values().stream()
                .filter(e -> !e.isDraft())
                .max(Comparator.comparing(e -> e.publishedOn))
                .orElseThrow();
    }

    /** The edition named (any case), "latest", or the latest published one when none is named. */
    public Resolved named(String requested) {
        if (requested == null || requested.equalsIgnoreCase(LATEST)) {
            return new Resolved(latestPublished(), false);
        }
        Edition edition = catalogue.get().editions().values().stream()
                .filter(e -> e.id.equalsIgnoreCase(requested))
                .findFirst()
                .orElseThrow(() -> new UnknownCodeException("edition", requested));
        return new Resolved(edition, !edition.isDraft());
    }

    /** The edition a measure is read in: the one named, which must have the measure, else its latest published. */
    public Resolved forMeasure(Measure measure, String requested) {
        List<Dataset> all = catalogue.datasetsOf(measure.id);
        if (requested != null && !requested.equalsIgnoreCase(LATEST)) {
            Resolved named = named(requested);
            if (all.stream().noneMatch(d -> d.editionId.equals(named.id()))) {
                throw new InvalidQueryException(
                        "edition",
                        "Measure " + measure.id + " has no data in edition "
                                + named.id() + ". Editions with this measure: "
                                + String.join(", ", smcCodes(measure.id, true).keySet()) + ".");
            }
            return named;
        }
        return all.stream()
                .map(d -> catalogue.get().editions().get(d.editionId))
                .filter(e -> !e.isDraft())
                .max(Comparator.comparing(e -> e.publishedOn))
                .map(e -> new Resolved(e, false))
                .orElseThrow(() -> new InvalidQueryException(
                        "edition", "Measure " + measure.id + " has only draft data; ask for edition=2026-draft."));
    }

    /** The Commission's code for a measure in each edition it has data in; draft editions only when asked for. */
    public Map<String, String> smcCodes(String measureId, boolean includeDrafts) {
        Map<String, String> codes = new TreeMap<>();
        catalogue.datasetsOf(measureId).stream()
                .filter(Dataset::isServedByDefault)
                .filter(d -> includeDrafts
                        || !catalogue.get().editions().get(d.editionId).isDraft())
                .forEach(d -> codes.put(d.editionId, d.smcCode));
        return codes;
    }

    /** Observation counts per edition of a measure; draft editions only when reading a draft. */
    public Map<String, Integer> observationCounts(String measureId, Edition reading) {
        Map<String, Integer> counts = new TreeMap<>();
        catalogue.datasetsOf(measureId).stream()
                .filter(Dataset::isServedByDefault)
                .filter(d -> !catalogue.get().editions().get(d.editionId).isDraft() || reading.isDraft())
                .forEach(d -> counts.merge(d.editionId, d.observationCount, Integer::sum));
        return counts;
    }
}
