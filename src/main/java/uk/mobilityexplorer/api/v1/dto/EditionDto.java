package uk.mobilityexplorer.api.v1.dto;

import java.time.LocalDate;
import uk.mobilityexplorer.domain.Edition;

/** An edition with its publication date, status and the ranking method of its area tables. */
public record EditionDto(
        String id, String title, String status, LocalDate publishedOn, boolean latest, Ranking ranking, String self) {

    /** How areas were grouped that year. */
    public record Ranking(String method, String areaType, Integer areaCount, Integer groupCount, String description) {}

    public static EditionDto from(Edition e, boolean latest) {
        Ranking ranking = e.rankingMethod == null
                ? null
                : new Ranking(
                        e.rankingMethod,
                        e.rankingAreaType,
                        e.rankingAreaCount,
                        e.rankingGroupCount,
                        e.rankingDescription);
        return new EditionDto(
                e.id, e.title, e.status.code(), e.publishedOn, latest, ranking, "/api/v1/editions/" + e.id);
    }
}
