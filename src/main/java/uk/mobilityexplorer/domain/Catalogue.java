package uk.mobilityexplorer.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The small reference tables (editions, measures, datasets, areas, dimensions, units) held in memory after their
 * first use. They change when the seed is loaded into an empty database, before any request, and when an import
 * replaces an edition. An import in this process reloads them at once; one made by another replica is noticed
 * through the data version within {@code mobility.catalogue.version-check} (default 10 s).
 */
@ApplicationScoped
public class Catalogue {

    private final Event<DataReplaced> replaced;
    private final ReferenceTables tables;
    private final long versionCheckNanos;
    private volatile Snapshot snapshot;
    private volatile long version = -1;
    private volatile long versionCheckedAt;

    public Catalogue(Event<DataReplaced> replaced, CatalogueConfig config, ReferenceTables tables) {
        this.replaced = replaced;
        this.tables = tables;
        this.versionCheckNanos = config.versionCheck().toNanos();
    }

    /** Immutable copy of the reference tables with the lookups the API needs. */
    public record Snapshot(
            Map<String, Edition> editions,
            Map<String, Measure> measures,
            List<Dataset> datasets,
            Map<String, Area> areas,
            Map<String, Area> areasByLowerCaseCode,
            Map<String, Area> areasByName,
            Map<String, Dimension> dimensions,
            Map<String, List<Category>> categories,
            Map<String, Unit> units,
            Map<String, Dataset> datasetsById,
            Map<String, String> categoryLabels,
            Map<String, Council> councils,
            AreaNameSearch areaSearch) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public Snapshot get() {
        checkDataVersion();
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = tables.load();
                }
                s = snapshot;
            }
        }
        return s;
    }

    void onDataReplaced(@Observes DataReplaced event) {
        snapshot = null;
        // Re-read the version on next use as a baseline, so this process's own import is not flushed a second time.
        version = -1;
    }

    /** At most once per interval: if another replica imported since we last looked, drop everything derived. */
    private void checkDataVersion() {
        long now = System.nanoTime();
        if (version >= 0 && now - versionCheckedAt < versionCheckNanos) {
            return;
        }
        versionCheckedAt = now;
        long current = tables.dataVersion();
        long previous = version;
        version = current;
        if (previous >= 0 && current != previous) {
            replaced.fire(new DataReplaced(false));
        }
    }

    /**
     * A measure by its stable code (e.g. {@code childhood-poverty}) or by a Commission code such as {@code DR12}.
     * Commission codes were reused for different composite indices, so they are read within {@code editionHint}
     * when given, else within the latest edition that used the code.
     */
    public Measure measure(String code, String editionHint) {
        Snapshot s = get();
        Measure direct = s.measures().get(code.toLowerCase(Locale.ROOT));
        if (direct != null) {
            return direct;
        }
        List<Dataset> withCode = s.datasets().stream()
                .filter(d -> d.smcCode.equalsIgnoreCase(code))
                .sorted(Comparator.comparing((Dataset d) -> d.editionId).reversed())
                .toList();
        List<Dataset> inEdition = withCode.stream()
                .filter(d -> editionHint == null || d.editionId.equalsIgnoreCase(editionHint))
                .toList();
        List<Dataset> matches = inEdition.isEmpty() ? withCode : inEdition;
        return matches.stream()
                .filter(d -> !s.editions().get(d.editionId).isDraft())
                .findFirst()
                .or(() -> matches.stream().findFirst())
                .map(d -> s.measures().get(d.measureId))
                .orElseThrow(() -> new UnknownCodeException("measure", code));
    }

    /** An area by official code (any case) or exact name (any case). */
    public Area area(String codeOrName) {
        Snapshot s = get();
        String key = codeOrName.strip().toLowerCase(Locale.ROOT);
        // A map rather than a scan of every area: this runs on every request that names an area.
        return Optional.ofNullable(s.areasByLowerCaseCode().get(key))
                .or(() -> Optional.ofNullable(s.areasByName().get(key)))
                .orElseThrow(() -> new UnknownCodeException("area", codeOrName));
    }

    /** Datasets of a measure in an edition that are served by default (current and draft, not superseded). */
    public List<Dataset> currentDatasets(String measureId, String editionId) {
        return get().datasets().stream()
                .filter(d -> d.measureId.equals(measureId) && d.editionId.equals(editionId))
                .filter(Dataset::isServedByDefault)
                .toList();
    }

    /** Every dataset of a measure, in all editions and statuses. */
    public List<Dataset> datasetsOf(String measureId) {
        return get().datasets().stream()
                .filter(d -> d.measureId.equals(measureId))
                .toList();
    }

    /** The code of a category of {@code dimension} given in any case, as the query parameter {@code parameter}. */
    public String category(String parameter, String dimension, String value) {
        List<Category> categories = get().categories().getOrDefault(dimension, List.of());
        String allowed = categories.stream().map(c -> c.code).collect(Collectors.joining(", "));
        if (value == null) {
            throw new InvalidQueryException(parameter, parameter + " is required: one of " + allowed + ".");
        }
        return categories.stream()
                .filter(c -> c.code.equalsIgnoreCase(value))
                .map(c -> c.code)
                .findFirst()
                .orElseThrow(() -> new InvalidQueryException(
                        parameter, parameter + " must be a category of " + dimension + ": " + allowed + "."));
    }

    /** Area types that some area has, in code order. */
    public List<String> areaTypesInUse() {
        return get().areas().values().stream()
                .map(a -> a.type.code())
                .distinct()
                .sorted()
                .toList();
    }

    /** Areas of a type (any case) and under a parent (code or name), each optional. */
    public List<Area> areas(String type, String parent) {
        if (type != null && areaTypesInUse().stream().noneMatch(t -> t.equalsIgnoreCase(type))) {
            throw new InvalidQueryException(
                    "type", "type must be one of: " + String.join(", ", areaTypesInUse()) + ".");
        }
        String parentCode = parent == null ? null : area(parent).code;
        return get().areas().values().stream()
                .filter(a -> type == null || a.type.code().equalsIgnoreCase(type))
                .filter(a -> parentCode == null || parentCode.equals(a.parentCode))
                .toList();
    }

    /** The council an area is, if it is one. */
    public Optional<Council> council(Area area) {
        return Optional.ofNullable(get().councils().get(area.code));
    }

    /**
     * Areas (councils included) matching {@code query} by code, name or other name, best first, at most
     * {@code limit}; of one type (any case) when {@code type} is given.
     */
    public List<AreaNameSearch.Match> search(String query, String type, int limit) {
        if (type != null && areaTypesInUse().stream().noneMatch(t -> t.equalsIgnoreCase(type))) {
            throw new InvalidQueryException(
                    "type", "type must be one of: " + String.join(", ", areaTypesInUse()) + ".");
        }
        if (AreaNameSearch.normalise(query).isEmpty()) {
            throw new InvalidQueryException("q", "q must contain a letter or a digit.");
        }
        return get().areaSearch().search(query, type, limit);
    }

    /** The area directly above this one, if any. */
    public Area parentOf(Area area) {
        return area.parentCode == null ? null : get().areas().get(area.parentCode);
    }

    public String categoryLabel(String dimension, String code) {
        return get().categoryLabels().getOrDefault(dimension + "|" + code, code);
    }
}
