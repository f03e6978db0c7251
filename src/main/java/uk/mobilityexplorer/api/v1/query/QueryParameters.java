package uk.mobilityexplorer.api.v1.query;

import jakarta.inject.Singleton;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import uk.mobilityexplorer.domain.Catalogue;
import uk.mobilityexplorer.domain.InvalidQueryException;

/**
 * The one rule for query parameters: an operation takes those its {@code @BeanParam} record binds (names matched in
 * any case), plus dimension codes where the record accepts breakdown filters, and refuses any other by name.
 */
@Singleton
public class QueryParameters {

    /** What one operation takes. */
    private record Accepted(Set<String> names, boolean breakdowns) {}

    private final Catalogue catalogue;
    private final Map<Method, Accepted> accepted = new ConcurrentHashMap<>();

    public QueryParameters(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @ServerRequestFilter
    public void rejectUnknown(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null || uri.getQueryParameters().isEmpty()) {
            return;
        }
        Accepted operation = accepted.computeIfAbsent(method, QueryParameters::accepted);
        for (String name : uri.getQueryParameters().keySet()) {
            if (!isNamed(operation.names(), name)
                    && !(operation.breakdowns()
                            && catalogue.get().dimensions().containsKey(name.toLowerCase(Locale.ROOT)))) {
                throw new InvalidQueryException(name, "Unknown parameter '" + name + "'. " + allowed(operation));
            }
        }
    }

    private String allowed(Accepted operation) {
        if (operation.names().isEmpty()) {
            return "This operation takes no query parameters.";
        }
        return "Allowed: " + String.join(", ", operation.names())
                + (operation.breakdowns()
                        ? ", or a dimension code: "
                                + String.join(", ", catalogue.get().dimensions().keySet())
                        : "")
                + ".";
    }

    private static Accepted accepted(Method method) {
        return Arrays.stream(method.getParameters())
                .filter(p -> p.isAnnotationPresent(BeanParam.class))
                .findFirst()
                .map(p -> new Accepted(
                        names(p.getType()), p.getType().isAnnotationPresent(AcceptsBreakdownFilters.class)))
                .orElse(new Accepted(Set.of(), false));
    }

    /** The query parameter names a bean parameter binds, in alphabetical order. */
    static Set<String> names(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields())
                .map(f -> f.getAnnotation(QueryParam.class))
                .filter(q -> q != null)
                .map(QueryParam::value)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static boolean isNamed(Set<String> names, String given) {
        return names.contains(given.toLowerCase(Locale.ROOT));
    }
}
