package uk.mobilityexplorer.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves published category spellings to one code and label per dimension and remembers the order categories are
 * shown in: the reference order first, then the order in which further categories first appear.
 */
public final class Categories {

    /** A category of a dimension; {@code sortOrder} starts at 1 within its dimension. */
    public record Category(String dimension, String code, String label, int sortOrder) {}

    private final ReferenceData reference;
    private final Map<String, Map<String, Category>> byDimension = new LinkedHashMap<>();

    public Categories(ReferenceData reference) {
        this.reference = reference;
        for (String dimension : reference.dimensions.keySet()) {
            byDimension.put(dimension, new LinkedHashMap<>());
        }
        for (var alias : reference.categoryAliases.values()) {
            register(alias.targetDimension(), alias.code(), alias.label());
        }
    }

    /** Returns the (dimension, code) a published value stands for, registering new categories as they appear. */
    public Category resolve(String dimension, String published) {
        var alias = reference.categoryAliases.get(dimension + "|" + published.toLowerCase(Locale.ROOT));
        if (alias != null) {
            return byDimension.get(alias.targetDimension()).get(alias.code());
        }
        return register(dimension, slug(published), published);
    }

    private Category register(String dimension, String code, String label) {
        Map<String, Category> categories = byDimension.get(dimension);
        if (categories == null) {
            throw new IllegalStateException("dimension '" + dimension + "' is not in reference/dimensions.csv");
        }
        return categories.computeIfAbsent(code, c -> new Category(dimension, c, label, categories.size() + 1));
    }

    public List<Category> all() {
        List<Category> all = new ArrayList<>();
        byDimension.values().forEach(m -> all.addAll(m.values()));
        return all;
    }

    public static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9.]+", "-");
        s = s.replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "blank" : s;
    }
}
