package uk.mobilityexplorer.api.v1.dto;

import java.util.List;

import uk.mobilityexplorer.domain.Area;

/** An area with its official code, type, parent and, for the Commission's own areas, the local authorities in it. */
public record AreaDto(String code, String name, String type, AreaRef parent, List<String> vintages,
        List<String> componentCodes, String self) {

    /** A reference to an area: code and name side by side. */
    public record AreaRef(String code, String name, String type) {
        public static AreaRef from(Area a) {
            return a == null ? null : new AreaRef(a.code, a.name, a.type);
        }
    }

    public static AreaDto from(Area a, Area parent) {
        return new AreaDto(a.code, a.name, a.type, AreaRef.from(parent), split(a.vintages), split(a.componentCodes),
                "/api/v1/areas/" + a.code);
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : List.of(s.trim().split(" "));
    }
}
