package uk.mobilityexplorer.api.v1.dto;

import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.mobilityexplorer.domain.Catalogue;

/** A dimension and its categories in display order. */
public record DimensionDto(String code, String label, String kind, String description, List<CategoryDto> categories) {

    /** One category. */
    public record CategoryDto(String code, String label) {}

    /**
     * Dimensions with their categories in display order.
     * @param used dimension code to the category codes to keep, or null for every dimension and category
     */
    public static List<DimensionDto> listOf(Catalogue.Snapshot s, Map<String, Set<String>> used) {
        return s.dimensions().values().stream()
                .filter(d -> used == null || used.containsKey(d.code))
                .map(d -> new DimensionDto(
                        d.code,
                        d.label,
                        d.kind,
                        d.description,
                        s.categories().getOrDefault(d.code, List.of()).stream()
                                .filter(c -> used == null || used.get(d.code).contains(c.code))
                                .map(c -> new CategoryDto(c.code, c.label))
                                .toList()))
                .toList();
    }
}
