package uk.mobilityexplorer.staticclient.view;

import java.util.List;

import uk.mobilityexplorer.staticclient.api.model.Caveat;
import uk.mobilityexplorer.staticclient.api.model.Measure;

/**
 * A measure page in one edition: notices (older edition, correction), its sections, about the data, downloads and
 * page history. {@code period} is set on a page that shows one earlier period of one section.
 */
public record MeasurePage(PageMeta meta, Measure measure, String editionTitle, String published, String newestEdition,
        List<Correction> corrections, List<SectionView> sections, List<AboutRow> about, List<Caveat> thingsToKnow,
        String apiUrl, String csvUrl, List<Variable> variables, List<HistoryRow> history, List<EditionLink> editions,
        String embedBase, String period) {

    /** A correction published for this edition: when, which version it replaced, and why. */
    public record Correction(String date, String replacedVersion, String reason) {
    }

    /** A row of the "About the data" list. */
    public record AboutRow(String key, String value) {
    }

    /** A column of the full-dataset CSV: its name, what it holds and its unit. */
    public record Variable(String column, String meaning, String unit) {
    }

    /** A published version of the page: edition, page version, date, what changed, link (null for this page). */
    public record HistoryRow(String edition, String version, String date, String change, String href) {
    }

    /** Another edition of the measure and its page. */
    public record EditionLink(String edition, String href, boolean current) {
    }

    /** The absolute address of a section's embed, so that the snippet works from any site. */
    public String embedUrl(SectionView s) {
        return embedBase + s.key() + ".html";
    }
}
