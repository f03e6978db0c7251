package uk.mobilityexplorer.api.v1;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import uk.mobilityexplorer.api.Representations;
import uk.mobilityexplorer.api.v1.dto.EditionDto;
import uk.mobilityexplorer.domain.Catalogue;
import uk.mobilityexplorer.domain.Dataset;
import uk.mobilityexplorer.domain.Edition;
import uk.mobilityexplorer.domain.InvalidQueryException;

/** Editions of State of the Nation and what changed between them. */
@Path("/api/v1/editions")
public class EditionsResource {

    /** Measures added, removed, revised (republished with new figures) and corrected between two editions. */
    public record ChangesDto(String edition, String since, List<MeasureChange> added, List<MeasureChange> removed,
            List<MeasureChange> revised, List<Correction> corrected) {
    }

    /** One measure in a change list: its page versions and observation counts in the two editions. */
    public record MeasureChange(String measure, String title, String pageVersionSince, String pageVersionNow,
            Integer observationsSince, Integer observationsNow) {
    }

    /** A correction published within the edition. */
    public record Correction(String measure, String title, String pageVersion, String replacesVersion,
            String publishedOn, String reason) {
    }

    private final Catalogue catalogue;
    private final Representations representations;

    public EditionsResource(Catalogue catalogue, Representations representations) {
        this.catalogue = catalogue;
        this.representations = representations;
    }

    @GET
    public Response list(@Context Request request) {
        String latest = catalogue.latestPublished().id;
        List<EditionDto> items = catalogue.get().editions().values().stream()
                .map(e -> EditionDto.from(e, e.id.equals(latest))).toList();
        return representations.json(request, Map.of("items", items), false);
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id, @Context Request request) {
        Edition e = catalogue.edition(id);
        return representations.json(request, EditionDto.from(e, e == catalogue.latestPublished()), e.isPinnedBy(id));
    }

    @GET
    @Path("/{id}/changes")
    public Response changes(@PathParam("id") String id, @QueryParam("since") String since, @Context Request request) {
        Edition now = catalogue.edition(id);
        if (since == null || since.isBlank()) {
            throw new InvalidQueryException("since", "since is required: the edition to compare with, e.g. since=2024.");
        }
        Edition before = catalogue.edition(since);
        Map<String, Integer> countsNow = counts(now.id);
        Map<String, Integer> countsBefore = counts(before.id);
        Set<String> all = new TreeSet<>(countsNow.keySet());
        all.addAll(countsBefore.keySet());
        List<MeasureChange> added = new ArrayList<>();
        List<MeasureChange> removed = new ArrayList<>();
        List<MeasureChange> revised = new ArrayList<>();
        for (String m : all) {
            MeasureChange change = new MeasureChange(m, catalogue.get().measures().get(m).title,
                    pageVersion(m, before.id), pageVersion(m, now.id), countsBefore.get(m), countsNow.get(m));
            (countsBefore.containsKey(m) ? (countsNow.containsKey(m) ? revised : removed) : added).add(change);
        }
        List<Correction> corrected = catalogue.get().datasets().stream()
                .filter(d -> d.editionId.equals(now.id) && d.status.equals("superseded"))
                .map(d -> {
                    Dataset by = catalogue.get().datasets().stream().filter(x -> x.id.equals(d.supersededBy))
                            .findFirst().orElseThrow();
                    return new Correction(d.measureId, catalogue.get().measures().get(d.measureId).title,
                            by.pageVersion, d.pageVersion, String.valueOf(by.publishedOn), by.correctionReason);
                }).toList();
        return representations.json(request, new ChangesDto(now.id, before.id, added, removed, revised, corrected),
                now.isPinnedBy(id) && before.isPinnedBy(since));
    }

    private String pageVersion(String measure, String edition) {
        return catalogue.currentDatasets(measure, edition).stream().map(d -> d.pageVersion).findFirst().orElse(null);
    }

    private Map<String, Integer> counts(String edition) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        catalogue.get().datasets().stream()
                .filter(d -> d.editionId.equals(edition) && !d.status.equals("superseded"))
                .forEach(d -> counts.merge(d.measureId, d.observationCount, Integer::sum));
        return counts;
    }
}
