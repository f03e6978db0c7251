package uk.mobilityexplorer.staticclient.view;

import java.util.List;

import uk.mobilityexplorer.staticclient.api.model.Caveat;
import uk.mobilityexplorer.staticclient.api.model.Measure;

/**
 * A measure page in one edition: notices (older edition, correction), its sections, about the data, downloads and
 * page history. Sections that would take the page over its size budget are on pages of their own
 * ({@code moreSections}). The same model, cut down to one section, serves section, period and embed pages;
 * {@code toMeasureFolder} leads from the page back to {@code measures/{code}/}.
 */
public record MeasurePage(PageMeta meta, Measure measure, String editionTitle, String published, String newestEdition,
        List<Correction> corrections, List<SectionView> sections, List<SectionLink> moreSections, List<AboutRow> about,
        List<Caveat> thingsToKnow, String apiUrl, String csvUrl, List<Variable> variables, List<HistoryRow> history,
        List<EditionLink> editions, String embedBase, String toMeasureFolder) {

    /** A section shown on its own page, linked from the measure page's contents. */
    public record SectionLink(String heading, String href) {
    }

    /** This page cut down to one section, for a page of its own or an embed. */
    public MeasurePage single(PageMeta pageMeta, SectionView section, String folder) {
        return new MeasurePage(pageMeta, measure, editionTitle, published, newestEdition, corrections, List.of(section),
                List.of(), List.of(), List.of(), apiUrl, csvUrl, List.of(), List.of(), editions, embedBase, folder);
    }

    /** This page with only its first {@code keep} sections; the rest are linked to their own pages. */
    public MeasurePage keeping(int keep) {
        List<SectionLink> moved = new java.util.ArrayList<>(moreSections);
        for (SectionView s : sections.subList(keep, sections.size())) {
            moved.add(new SectionLink(s.heading(), measure.edition() + "/" + s.key() + ".html"));
        }
        return new MeasurePage(meta, measure, editionTitle, published, newestEdition, corrections,
                sections.subList(0, keep), moved, about, thingsToKnow, apiUrl, csvUrl, variables, history, editions,
                embedBase, toMeasureFolder);
    }

    /** A correction published for this edition: when, which version it replaced, and why. */
    public record Correction(String date, String replacedVersion, String reason) {

        /** The id of the correction's notice on the page, which the feed links to. */
        public String anchor() {
            return anchor(replacedVersion);
        }

        /** Ids hold letters, digits and dashes only, so "3.0" becomes "correction-3-0". */
        public static String anchor(String replacedVersion) {
            return "correction-" + replacedVersion.replace('.', '-');
        }
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
