package uk.mobilityexplorer.staticclient.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.mobilityexplorer.staticclient.api.model.Caveat;
import uk.mobilityexplorer.staticclient.api.model.Dataset;
import uk.mobilityexplorer.staticclient.api.model.Edition;
import uk.mobilityexplorer.staticclient.api.model.HistoryEntry;
import uk.mobilityexplorer.staticclient.api.model.Measure;
import uk.mobilityexplorer.staticclient.api.model.MeasureSummary;
import uk.mobilityexplorer.staticclient.api.model.Observation;
import uk.mobilityexplorer.staticclient.chart.MapChart;

/** Builds a measure's page in an edition, and the pages of its sections' earlier periods, from API records. */
public final class MeasurePages {

    /** The measure page, and each earlier period's page with its path under {@code measures/{code}/}. */
    public record Output(MeasurePage page, List<PeriodPage> periods) {
    }

    /** A page showing one earlier period of one section. */
    public record PeriodPage(String path, MeasurePage page) {
    }

    private final String apiBase;
    private final String siteBase;

    /** {@code siteBase} is the site's public address, for embed snippets that must work from any other site. */
    public MeasurePages(String apiBase, String siteBase) {
        this.apiBase = apiBase;
        this.siteBase = siteBase.replaceAll("/+$", "");
    }

    /**
     * @param rows every observation of the measure in the edition
     * @param sectionRows each presented section's observations by key (empty when the measure has no presentation)
     */
    public Output build(Measure m, MeasureSummary summary, List<Edition> editions, List<Observation> rows,
            Map<String, List<Observation>> sectionRows) {
        List<SectionSpec> specs = Sections.of(m, rows, sectionRows);
        SectionLayout layout = new SectionLayout(m.title(), m.edition(), apiBase, siteBase + "/areas/");
        List<SectionView> sections = new ArrayList<>();
        List<SectionView> earlier = new ArrayList<>();
        boolean shapesDefined = false;
        for (SectionSpec spec : specs) {
            List<SectionView> views = layout.layout(spec);
            SectionView first = views.get(0);
            // Only the page's first map defines the region outlines; the others reuse them.
            sections.add(first.withMapShapes(!shapesDefined));
            shapesDefined |= first.figure() instanceof MapChart;
            earlier.addAll(views.subList(1, views.size()));
        }
        String newest = summary.editions().get(summary.editions().size() - 1);
        Edition edition = editions.stream().filter(e -> e.id().equals(m.edition())).findFirst().orElse(null);
        String editionTitle = edition == null ? "State of the Nation " + m.edition() : edition.title();
        String published = m.presentation() != null && m.presentation().pagePublished() != null
                ? m.presentation().pagePublished() : edition == null ? null : edition.publishedOn();
        List<MeasurePage.EditionLink> editionLinks = new ArrayList<>();
        for (String e : summary.editions()) {
            editionLinks.add(new MeasurePage.EditionLink(e, e + ".html", e.equals(m.edition())));
        }
        String embedBase = siteBase + "/embed/measures/" + m.code() + "/" + m.edition() + "/";
        List<Crumb> crumbs = List.of(new Crumb("Home", "../../index.html"), new Crumb("Measures", "../index.html"));
        MeasurePage page = new MeasurePage(PageMeta.page(m.title() + " (" + m.edition() + ")", "../../", crumbs), m,
                editionTitle, published, newest.equals(m.edition()) ? null : newest, corrections(m), sections, List.of(),
                about(m, rows), thingsToKnow(m), apiBase + "/api/v1/measures/" + m.code() + "?edition=" + m.edition(),
                apiBase + (m.links() != null && m.links().csv() != null ? m.links().csv()
                        : "/api/v1/measures/" + m.code() + "/observations?edition=" + m.edition() + "&format=csv"),
                Variables.of(m), history(m, summary, editions), editionLinks, embedBase, "");
        List<PeriodPage> periodPages = new ArrayList<>();
        for (SectionView v : earlier) {
            SectionView.PeriodLink self = v.periods().stream().filter(SectionView.PeriodLink::current).findFirst()
                    .orElseThrow();
            // Period pages live at measures/{code}/{edition}/{section}/{period}.html.
            periodPages.add(new PeriodPage(self.path(), page.single(sectionMeta(m, v, "../../../../"), v, "../../")));
        }
        return new Output(page, periodPages);
    }

    /** Title and breadcrumbs of a page showing one section of the measure, {@code root} above it. */
    public static PageMeta sectionMeta(Measure m, SectionView v, String root) {
        String toMeasures = root.substring(3);
        List<Crumb> crumbs = List.of(new Crumb("Home", root + "index.html"), new Crumb("Measures", toMeasures
                + "index.html"), new Crumb(m.title() + " (" + m.edition() + ")", toMeasures + m.code() + "/"
                        + m.edition() + ".html"));
        return PageMeta.page(m.title() + ": " + v.heading() + ", " + v.period(), root, crumbs);
    }

    /** Corrections published within this edition: the current file's date and the reason given. */
    private static List<MeasurePage.Correction> corrections(Measure m) {
        List<MeasurePage.Correction> out = new ArrayList<>();
        for (Dataset d : m.datasets()) {
            if ("superseded".equals(d.status()) && d.supersededBy() != null) {
                String date = m.datasets().stream().filter(n -> d.supersededBy().equals(n.pageVersion()))
                        .map(Dataset::publishedOn).findFirst().orElse(null);
                out.add(new MeasurePage.Correction(date, d.pageVersion(), d.correctionReason()));
            }
        }
        return out;
    }

    private static List<MeasurePage.AboutRow> about(Measure m, List<Observation> rows) {
        List<MeasurePage.AboutRow> out = new ArrayList<>();
        String source = m.presentation() != null && m.presentation().dataSource() != null
                ? m.presentation().dataSource() : null;
        if (source != null) {
            out.add(new MeasurePage.AboutRow("Data source", source));
        }
        out.add(new MeasurePage.AboutRow("Published in", m.source()));
        List<String> periods = Fields.periods(rows).stream().map(p -> p.label()).toList();
        if (!periods.isEmpty()) {
            out.add(new MeasurePage.AboutRow("Time period", periods.size() == 1 ? periods.get(0)
                    : periods.get(0) + " to " + periods.get(periods.size() - 1)));
        }
        List<String> areas = rows.stream().filter(o -> o.area() != null).map(o -> AreaTypes.label(o.area().type()))
                .distinct().toList();
        if (!areas.isEmpty()) {
            out.add(new MeasurePage.AboutRow("Geography", String.join("; ", areas)));
        }
        List<String> units = m.units().stream().map(u -> u.label() + " (" + u.decimals() + " decimal places)").toList();
        out.add(new MeasurePage.AboutRow("Unit", String.join("; ", units)));
        out.add(new MeasurePage.AboutRow("Which way is better", switch (Polarity.of(m.polarity(), null)) {
            case HIGHER_BETTER -> "Higher is more favourable";
            case HIGHER_WORSE -> "Higher is less favourable";
            case NO_JUDGEMENT -> "Neither direction is better";
        }));
        out.add(new MeasurePage.AboutRow("Intervals", Math.round(m.ciLevel() * 100) + "% confidence intervals, where "
                + "the Commission published them"));
        if (m.smcCode() != null) {
            out.add(new MeasurePage.AboutRow("Commission's code", m.smcCode()));
        }
        out.add(new MeasurePage.AboutRow("Licence", m.licence()));
        return out;
    }

    /** The presentation's "things to know" when present, else the API's method notes. */
    private static List<Caveat> thingsToKnow(Measure m) {
        if (m.presentation() != null && m.presentation().about() != null && !m.presentation().about().isEmpty()) {
            return m.presentation().about();
        }
        List<Caveat> out = new ArrayList<>();
        if (m.methodNotes() != null) {
            m.methodNotes().forEach(n -> out.add(new Caveat("method-note", "inset", n)));
        }
        return out;
    }

    /** Page history from the presentation facts when present, else from the editions and this edition's files. */
    private static List<MeasurePage.HistoryRow> history(Measure m, MeasureSummary summary, List<Edition> editions) {
        List<MeasurePage.HistoryRow> out = new ArrayList<>();
        if (m.presentation() != null && m.presentation().history() != null && !m.presentation().history().isEmpty()) {
            for (HistoryEntry h : m.presentation().history()) {
                out.add(new MeasurePage.HistoryRow(h.edition(), h.pageVersion(), h.published(),
                        change(h.change()) + (h.note() == null ? "" : ": " + h.note()),
                        summary.editions().contains(h.edition()) ? h.edition() + ".html" : null));
            }
            return out;
        }
        for (String e : summary.editions()) {
            if (e.equals(m.edition())) {
                for (Dataset d : m.datasets()) {
                    out.add(new MeasurePage.HistoryRow(e, d.pageVersion(), d.publishedOn(), d.correctionReason() != null
                            && "current".equals(d.status()) ? "Correction: " + d.correctionReason()
                                    : out.isEmpty() ? "Published in this edition" : "Published", null));
                }
            } else {
                String date = editions.stream().filter(x -> x.id().equals(e)).map(Edition::publishedOn).findFirst()
                        .orElse(null);
                out.add(new MeasurePage.HistoryRow(e, null, date, "Published in State of the Nation " + e, e + ".html"));
            }
        }
        return out;
    }

    private static String change(String code) {
        return switch (code == null ? "" : code) {
            case "first-publication" -> "First published";
            case "correction" -> "Correction";
            case "new-edition" -> "New edition";
            default -> "Updated";
        };
    }
}
