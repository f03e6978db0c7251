package uk.mobilityexplorer.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.query.SelectionQuery;

/** Observation queries: named queries for the fixed ones, Criteria for the filtered page. */
@ApplicationScoped
public class ObservationRepository implements PanacheRepository<Observation> {

    /**
     * What to select; lists are empty and the area and chart types null when not filtered. Dimension filters map
     * dimension code to category code.
     */
    public record Filter(
            List<String> datasetIds,
            List<String> areaCodes,
            AreaType areaType,
            String chartType,
            List<String> periods,
            Map<String, String> dimensions,
            ObservationSort sort,
            PageRequest paging) {}

    public record Page(List<Observation> items, long total) {}

    /** The four breakdown slots of a row, as (dimension, category) attribute pairs. */
    private static final List<List<String>> SLOTS =
            List.of(List.of("dim1", "cat1"), List.of("dim2", "cat2"), List.of("dim3", "cat3"), List.of("dim4", "cat4"));

    public Page page(Filter f) {
        CriteriaBuilder cb = getEntityManager().getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Observation> counted = count.from(Observation.class);
        count.select(cb.count(counted)).where(matching(cb, count, counted, f));
        long total = getEntityManager().createQuery(count).getSingleResult();
        CriteriaQuery<Observation> select = cb.createQuery(Observation.class);
        Root<Observation> row = select.from(Observation.class);
        select.select(row).where(matching(cb, select, row, f)).orderBy(order(cb, row, f.sort()));
        List<Observation> items = getEntityManager()
                .createQuery(select)
                .setFirstResult(f.paging().offset())
                .setMaxResults(f.paging().size())
                .getResultList();
        return new Page(items, total);
    }

    private static Predicate[] matching(CriteriaBuilder cb, AbstractQuery<?> query, Root<Observation> o, Filter f) {
        List<Predicate> where = new ArrayList<>();
        // Criteria binds each listed value as a parameter of its own, so no collection is bound as one value.
        where.add(o.get("datasetId").in(f.datasetIds()));
        if (!f.areaCodes().isEmpty()) {
            where.add(o.get("areaCode").in(f.areaCodes()));
        }
        if (f.areaType() != null) {
            Subquery<String> ofType = query.subquery(String.class);
            Root<Area> area = ofType.from(Area.class);
            ofType.select(area.get("code")).where(cb.equal(area.get("type"), f.areaType()));
            where.add(o.get("areaCode").in(ofType));
        }
        if (f.chartType() != null) {
            where.add(cb.equal(o.get("chartType"), f.chartType()));
        }
        if (!f.periods().isEmpty()) {
            where.add(o.get("period").in(f.periods()));
        }
        f.dimensions()
                .forEach((dimension, category) -> where.add(cb.or(SLOTS.stream()
                        .map(slot ->
                                cb.and(cb.equal(o.get(slot.get(0)), dimension), cb.equal(o.get(slot.get(1)), category)))
                        .toArray(Predicate[]::new))));
        return where.toArray(Predicate[]::new);
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Observation> o, ObservationSort sort) {
        List<Order> order = new ArrayList<>();
        sort.attributes().forEach(a -> order.add(sort.descending() ? cb.desc(o.get(a)) : cb.asc(o.get(a))));
        order.add(cb.asc(o.get("id")));
        return order;
    }

    /** Every row of the datasets, in source order. */
    public List<Observation> inDatasets(List<String> datasetIds) {
        return named(Observation.IN_DATASETS, Observation.class)
                .setParameterList("datasets", datasetIds)
                .getResultList();
    }

    /**
     * The edition's next rows after the row with id {@code after}, in id order: one batch of a full read, which walks
     * the primary key once rather than once per dataset.
     */
    public List<Observation> inEditionAfter(String editionId, long after, int limit) {
        return named(Observation.IN_EDITION_AFTER, Observation.class)
                .setParameter("edition", editionId)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Rows without breakdowns that carry a value, latest period first. */
    public List<Observation> headlines(List<String> datasetIds) {
        return named(Observation.HEADLINES, Observation.class)
                .setParameterList("datasets", datasetIds)
                .getResultList();
    }

    public boolean anyInAreas(List<String> datasetIds, List<String> areaCodes) {
        return exists(named(Observation.ANY_IN_AREAS, Integer.class)
                .setParameterList("datasets", datasetIds)
                .setParameterList("areas", areaCodes));
    }

    public boolean anyWithDimension(List<String> datasetIds, String dimension) {
        return exists(named(Observation.ANY_WITH_DIMENSION, Integer.class)
                .setParameterList("datasets", datasetIds)
                .setParameter("dimension", dimension));
    }

    /** Period labels present, in time order. */
    public List<String> periods(List<String> datasetIds) {
        return named(Observation.PERIODS, String.class)
                .setParameterList("datasets", datasetIds)
                .getResultList();
    }

    /** Chart types the rows carry, in alphabetical order. */
    public List<String> chartTypes(List<String> datasetIds) {
        return named(Observation.CHART_TYPES, String.class)
                .setParameterList("datasets", datasetIds)
                .getResultList();
    }

    private static boolean exists(SelectionQuery<Integer> query) {
        return !query.setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * A named query. Its lists are bound with {@code setParameterList}: given to {@code setParameter}, Hibernate
     * first tries each as a single value and throws (and catches) an exception.
     */
    private <T> SelectionQuery<T> named(String name, Class<T> type) {
        return getSession().createNamedSelectionQuery(name, type);
    }
}
