package uk.mobilityexplorer.api.v1.dto;

import java.math.BigDecimal;
import java.util.List;
import uk.mobilityexplorer.domain.Caveat;
import uk.mobilityexplorer.domain.PresentationPage;
import uk.mobilityexplorer.domain.PresentationService;

/** How the Commission presented a measure in an edition: page version, history, notes about the data and sections. */
public record PresentationDto(
        String pageVersion,
        String pagePublished,
        List<HistoryEntry> history,
        String dataSource,
        List<CaveatNote> about,
        List<Section> sections) {

    /** One published version of the measure's page. */
    public record HistoryEntry(String edition, String pageVersion, String published, String change, String note) {

        static HistoryEntry from(PresentationPage p) {
            return new HistoryEntry(p.editionId, p.pageVersion, p.publishedOn.toString(), p.change, p.changeNote);
        }
    }

    /** A caveat code of the closed list, with its kind and the project's text. */
    public record CaveatNote(String code, String kind, String text) {

        static CaveatNote from(Caveat c) {
            return new CaveatNote(c.code, c.kind, c.text);
        }
    }

    /** The value axis range the Commission fixed for a chart. */
    public record AxisDomain(BigDecimal min, BigDecimal max) {}

    /** This section's rows, as JSON and CSV. */
    public record SectionLinks(String observations, String csv) {}

    /** One section of the page, in page order. */
    public record Section(
            String key,
            String heading,
            int position,
            String chartTitle,
            String visual,
            Integer decimals,
            String unitSymbol,
            Boolean reversePolarity,
            String banding,
            AxisDomain axisDomain,
            String timePeriod,
            List<CaveatNote> caveats,
            String source,
            SectionLinks links) {

        static Section from(PresentationService.Section drawn, String measure, String edition) {
            var s = drawn.section();
            AxisDomain axis = s.axisMin == null || s.axisMax == null ? null : new AxisDomain(s.axisMin, s.axisMax);
            String rows = drawn.rowsFilter() == null
                    ? null
                    : "/api/v1/measures/" + measure + "/observations?edition=" + edition + "&" + drawn.rowsFilter();
            return new Section(
                    s.key,
                    s.heading,
                    s.position,
                    s.chartTitle,
                    s.visual,
                    s.decimals,
                    s.unitSymbol,
                    s.reversePolarity,
                    s.banding,
                    axis,
                    s.timePeriod,
                    drawn.caveats().stream().map(CaveatNote::from).toList(),
                    s.source,
                    rows == null ? null : new SectionLinks(rows, rows + "&format=csv"));
        }
    }

    /** Null when the Commission's pages give no facts for the measure in that edition. */
    public static PresentationDto from(PresentationService.Presentation p, String measure, String edition) {
        if (p == null) {
            return null;
        }
        return new PresentationDto(
                p.page().pageVersion,
                p.page().publishedOn.toString(),
                p.history().stream().map(HistoryEntry::from).toList(),
                p.page().dataSource,
                p.about().stream().map(CaveatNote::from).toList(),
                p.sections().stream()
                        .map(s -> Section.from(s, measure, edition))
                        .toList());
    }
}
