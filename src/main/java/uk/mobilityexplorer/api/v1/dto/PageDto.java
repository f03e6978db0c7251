package uk.mobilityexplorer.api.v1.dto;

import java.util.List;
import uk.mobilityexplorer.domain.Explanation;

/** A page of results with totals, links and warnings that explain an empty result. */
public record PageDto<T>(
        String measure,
        String edition,
        long total,
        int page,
        int pageSize,
        List<T> items,
        PageLinks links,
        List<Warning> warnings) {

    /** Links to this page and its neighbours; absent when there is no such page. */
    public record PageLinks(String self, String next, String prev) {}

    /** Why a result is empty or partial. */
    public record Warning(String code, String message) {
        public static Warning from(Explanation e) {
            return new Warning(e.code(), e.message());
        }
    }
}
