package uk.mobilityexplorer.api.v1.dto;

import java.util.List;
import uk.mobilityexplorer.domain.EditionChangesService;

/** Measures added, removed, revised (republished with new figures) and corrected between two editions. */
public record ChangesDto(
        String edition,
        String since,
        List<MeasureChange> added,
        List<MeasureChange> removed,
        List<MeasureChange> revised,
        List<Correction> corrected) {

    /** One measure in a change list: its page versions and observation counts in the two editions. */
    public record MeasureChange(
            String measure,
            String title,
            String pageVersionSince,
            String pageVersionNow,
            Integer observationsSince,
            Integer observationsNow) {

        static MeasureChange from(EditionChangesService.MeasureChange c) {
            return new MeasureChange(
                    c.measure().id,
                    c.measure().title,
                    c.pageVersionSince(),
                    c.pageVersionNow(),
                    c.observationsSince(),
                    c.observationsNow());
        }
    }

    /** A correction published within the edition. */
    public record Correction(
            String measure,
            String title,
            String pageVersion,
            String replacesVersion,
            String publishedOn,
            String reason) {

        static Correction from(EditionChangesService.Correction c) {
            return new Correction(
                    c.measure().id,
                    c.measure().title,
                    c.by().pageVersion,
                    c.superseded().pageVersion,
                    String.valueOf(c.by().publishedOn),
                    c.by().correctionReason);
        }
    }

    public static ChangesDto from(EditionChangesService.Changes c) {
        return new ChangesDto(
                c.now().id,
                c.since().id,
                c.added().stream().map(MeasureChange::from).toList(),
                c.removed().stream().map(MeasureChange::from).toList(),
                c.revised().stream().map(MeasureChange::from).toList(),
                c.corrected().stream().map(Correction::from).toList());
    }
}
