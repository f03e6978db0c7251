package uk.mobilityexplorer.api.v1.dto;

import java.util.List;
import uk.mobilityexplorer.api.Representations;
import uk.mobilityexplorer.domain.Area;
import uk.mobilityexplorer.domain.AreaNameSearch;

/**
 * An area with its official code, type, parent and, for the Commission's own areas, the local authorities in it;
 * in search results, how it matched.
 */
public record AreaDto(
        String code,
        String name,
        String type,
        AreaRef parent,
        List<String> vintages,
        List<String> componentCodes,
        String self,
        Match match) {

    /** How a search matched the area: {@code kind} and the name that matched. */
    public record Match(String kind, String name) {
        public static Match from(AreaNameSearch.Match m) {
            return new Match(
                    switch (m.kind()) {
                        case CODE -> "code";
                        case NAME -> "name";
                        case NAME_PREFIX -> "name-prefix";
                        case WORD_PREFIX -> "word-prefix";
                        case ALIAS -> "other-name";
                    },
                    m.matchedName());
        }
    }

    /** A reference to an area: code and name side by side. */
    public record AreaRef(String code, String name, String type) {
        public static AreaRef from(Area a) {
            return a == null ? null : new AreaRef(a.code, a.name, a.type.code());
        }
    }

    public static AreaDto from(Area a, Area parent) {
        return new AreaDto(
                a.code,
                a.name,
                a.type.code(),
                AreaRef.from(parent),
                split(a.vintages),
                split(a.componentCodes),
                "/api/v1/areas/" + a.code,
                null);
    }

    /** A search result: the area and how it matched. */
    public static AreaDto found(Area a, Area parent, AreaNameSearch.Match match) {
        AreaDto d = from(a, parent);
        return new AreaDto(d.code, d.name, d.type, d.parent, d.vintages, d.componentCodes, d.self, Match.from(match));
    }

    public static Representations.CsvBody csv(List<AreaDto> items) {
        return new Representations.CsvBody(
                List.of("code", "name", "type", "parent_code", "parent_name", "vintages"),
                items.stream()
                        .map(a -> List.<Object>of(
                                a.code(),
                                a.name(),
                                a.type(),
                                a.parent() == null ? "" : a.parent().code(),
                                a.parent() == null ? "" : a.parent().name(),
                                String.join(" ", a.vintages())))
                        .toList());
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : List.of(s.trim().split(" "));
    }
}
