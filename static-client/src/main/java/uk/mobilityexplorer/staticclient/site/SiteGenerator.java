package uk.mobilityexplorer.staticclient.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import uk.mobilityexplorer.staticclient.SecurityHeaders;
import uk.mobilityexplorer.staticclient.api.ApiClient;
import uk.mobilityexplorer.staticclient.api.model.Area;
import uk.mobilityexplorer.staticclient.api.model.Changes;
import uk.mobilityexplorer.staticclient.api.model.Correction;
import uk.mobilityexplorer.staticclient.api.model.Edition;
import uk.mobilityexplorer.staticclient.api.model.Measure;
import uk.mobilityexplorer.staticclient.api.model.MeasureSummary;
import uk.mobilityexplorer.staticclient.api.model.Observation;
import uk.mobilityexplorer.staticclient.api.model.Profile;
import uk.mobilityexplorer.staticclient.api.model.PresentationSection;
import uk.mobilityexplorer.staticclient.geo.BoundarySet;
import uk.mobilityexplorer.staticclient.view.AreaPage;
import uk.mobilityexplorer.staticclient.view.AreaPages;
import uk.mobilityexplorer.staticclient.view.AreaTypes;
import uk.mobilityexplorer.staticclient.view.Crumb;
import uk.mobilityexplorer.staticclient.view.EditionPage;
import uk.mobilityexplorer.staticclient.view.FeedEntry;
import uk.mobilityexplorer.staticclient.view.MeasurePage;
import uk.mobilityexplorer.staticclient.view.MeasurePages;
import uk.mobilityexplorer.staticclient.view.PageMeta;
import uk.mobilityexplorer.staticclient.view.SectionView;
import uk.mobilityexplorer.staticclient.view.SimplePages;

/**
 * Writes the static, script-free explorer from a running API: home, catalogue, a page per measure and edition (with
 * pages for earlier periods, SVG downloads and embeds), a page per area, a page per edition, explanation pages and an
 * Atom feed. Usage: {@code SiteGenerator <api-base-url> <output-dir>}; the public address of the site, used in embed
 * snippets and the feed, comes from {@code -Dsite.base.url}.
 */
public final class SiteGenerator {

    /** The site's public address when {@code site.base.url} is not set: where SiteServer serves it. */
    public static final String DEFAULT_SITE_BASE = "http://localhost:8081";
    /** Requests to the API run this many at a time; the work is mostly waiting for answers. */
    private static final int THREADS = 4;
    /** Largest measure page, in characters (about bytes: the text is nearly all ASCII). */
    private static final int PAGE_BUDGET = 140 * 1024;

    /** Area types with a profile page and the edition their profile is read from (null: newest). */
    private record AreaType(String code, String edition) {
    }

    private static final List<AreaType> AREA_TYPES = List.of(new AreaType("uk", null), new AreaType("country", null),
            new AreaType("itl1", null), new AreaType("itl2", null), new AreaType("smc205", "2025"),
            new AreaType("smc203", "2024"));

    private final ApiClient api;
    private final String siteBase;
    private final Progress progress;
    private final SiteWriter writer;
    private final MeasurePages measurePages;
    private final AreaSite areaSite;

    public SiteGenerator(String apiBase, Path out, String siteBase, Progress progress) {
        this.api = new ApiClient(apiBase);
        this.siteBase = siteBase.replaceAll("/+$", "");
        this.progress = progress;
        this.writer = new SiteWriter(out, progress);
        this.measurePages = new MeasurePages(api.base(), this.siteBase);
        this.areaSite = new AreaSite(api, writer, this.siteBase);
    }

    /** A generator that reports progress on standard output. */
    public static SiteGenerator toStandardOutput(String apiBase, Path out) {
        return new SiteGenerator(apiBase, out, System.getProperty("site.base.url", DEFAULT_SITE_BASE),
                new Progress(System.out, System.console() != null));
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SiteGenerator <api-base-url> <output-dir>   (public address: -Dsite.base.url=...)");
            System.exit(2);
        }
        toStandardOutput(args[0], Path.of(args[1])).generate();
    }

    /** Writes the whole site and returns the number of HTML pages. */
    public int generate() throws Exception {
        long start = System.nanoTime();
        progress.stage("Reading editions and measures from " + api.base());
        List<Edition> editions = api.editions().items().stream().filter(Edition::isPublished).toList();
        List<MeasureSummary> measures = api.measures().items();
        Assets.write(writer);
        int measureEditions = measures.stream().mapToInt(m -> m.editions().size()).sum();
        progress.stage("Writing measure pages: " + measures.size() + " measures, " + measureEditions
                + " measure editions");
        List<Callable<Void>> tasks = new ArrayList<>();
        for (MeasureSummary m : measures) {
            for (String e : m.editions()) {
                tasks.add(() -> {
                    writeMeasure(m, e, editions);
                    return null;
                });
            }
        }
        runAll(tasks);
        progress.stage("Writing area pages");
        writeAreas(editions);
        progress.stage("Writing editions, the feed and the explanation pages");
        writeEditionsAndFeed(editions);
        writeStaticPages(editions, measures);
        long ms = (System.nanoTime() - start) / 1_000_000;
        progress.done(String.format("Done: %d pages in %.1f s", progress.pages(), ms / 1000.0));
        return progress.pages();
    }

    private void writeMeasure(MeasureSummary summary, String edition, List<Edition> editions) throws Exception {
        Measure m = api.measure(summary.code(), edition);
        List<Observation> rows = api.observations(summary.code(), edition);
        Map<String, List<Observation>> sectionRows = new LinkedHashMap<>();
        if (m.presentation() != null && m.presentation().sections() != null) {
            for (PresentationSection s : m.presentation().sections()) {
                if (s.links() != null && s.links().observations() != null) {
                    sectionRows.put(s.key(), api.observations(s.links().observations()));
                }
            }
        }
        MeasurePages.Output out = measurePages.build(m, summary, editions, rows, sectionRows);
        String folder = "measures/" + m.code() + "/";
        MeasurePage page = out.page();
        String html = SiteWriter.render("page/measure.jte", page);
        int keep = page.sections().size();
        // Sections past the size budget go to pages of their own, last first, until the measure page fits.
        while (html.length() > PAGE_BUDGET && keep > 1) {
            html = SiteWriter.render("page/measure.jte", page.keeping(--keep));
        }
        writer.page(folder + edition + ".html", "page/measure.jte", page.keeping(keep));
        Set<String> embeds = new HashSet<>();
        for (int i = 0; i < page.sections().size(); i++) {
            SectionView s = page.sections().get(i).standalone();
            if (i >= keep) {
                writer.page(folder + edition + "/" + s.key() + ".html", "page/period.jte",
                        page.single(MeasurePages.sectionMeta(m, s, "../../../"), s, "../"));
            }
            writer.write(folder + s.svgFile(), SiteWriter.render("svg.jte", s.figure()));
            writer.page("embed/measures/" + m.code() + "/" + edition + "/" + s.key() + ".html", "page/embed-section.jte",
                    Map.of("page", page.single(PageMeta.embed(m.title() + ": " + s.heading(), "../../../../"), s, ""),
                            "section", s, "measureHref", "../../../../" + folder + edition + ".html"));
            embeds.add(s.key());
        }
        for (MeasurePages.PeriodPage p : out.periods()) {
            writer.page(folder + p.path(), "page/period.jte", p.page());
            SectionView s = p.page().sections().get(0).standalone();
            writer.write(folder + s.svgFile(), SiteWriter.render("svg.jte", s.figure()));
        }
        writeLegacyEmbeds(m, embeds);
    }

    /**
     * The first explorer named its embeds by-area, over-time and by-{dimension}. Partners may have pasted those, so
     * any such address this run did not write again becomes a redirect to the measure page.
     */
    private void writeLegacyEmbeds(Measure m, Set<String> written) {
        List<String> legacy = new ArrayList<>(List.of("by-area", "over-time"));
        m.dimensions().forEach(d -> legacy.add("by-" + d.code()));
        for (String key : legacy) {
            if (!written.contains(key)) {
                redirect("embed/measures/" + m.code() + "/" + m.edition() + "/" + key + ".html", "../../../../",
                        "../../../../measures/" + m.code() + "/" + m.edition() + ".html");
            }
        }
    }

    private void redirect(String path, String root, String target) {
        writer.page(path, "page/redirect.jte", new SimplePages.Redirect(PageMeta.page("Moved", root, List.of()),
                target));
    }

    private void writeAreas(List<Edition> editions) throws Exception {
        List<AreaSite.Listed> listed = new ArrayList<>();
        for (AreaType type : AREA_TYPES) {
            api.areas(type.code()).items().forEach(a -> listed.add(new AreaSite.Listed(a, type.edition())));
        }
        List<String> newestFirst = new ArrayList<>(editions.stream().map(Edition::id).toList());
        Collections.reverse(newestFirst);
        areaSite.write(listed, newestFirst, api.areas("la").items(), SiteGenerator::runAll)
                .forEach((shown, profile) -> writeEmbed(shown.area(), shown.edition(), profile));
    }

    private void writeEmbed(Area area, String edition, Profile profile) {
        String apiUrl = api.url("/api/v1/areas/" + area.code() + "/profile"
                + (edition == null ? "" : "?edition=" + edition));
        String embedUrl = siteBase + "/embed/areas/" + area.code() + ".html";
        AreaPage embed = AreaPages.build(profile, AreaTypes.label(area.type()), PageMeta.embed(area.name(), "../../"),
                "../../", apiUrl, embedUrl);
        writer.page("embed/areas/" + area.code() + ".html", "page/area-embed.jte",
                Map.of("page", embed, "areaHref", "../../areas/" + area.code() + ".html"));
    }

    private void writeEditionsAndFeed(List<Edition> editions) throws IOException, InterruptedException {
        List<FeedEntry> entries = new ArrayList<>();
        String previous = null;
        for (Edition e : editions) {
            Changes changes = previous == null ? null : api.changes(e.id(), previous);
            List<Crumb> crumbs = List.of(new Crumb("Home", "../index.html"));
            writer.page("editions/" + e.id() + ".html", "page/edition.jte",
                    new EditionPage(PageMeta.page(e.title(), "../", crumbs), e,
                            api.url("/api/v1/editions/" + e.id() + "/observations"), changes));
            String href = siteBase + "/editions/" + e.id() + ".html";
            entries.add(new FeedEntry(href, e.title() + " published", href, atomDate(e.publishedOn()),
                    e.ranking() == null ? e.title() : e.ranking().description()));
            if (changes != null) {
                for (Correction c : changes.corrected()) {
                    String page = siteBase + "/measures/" + c.measure() + "/" + e.id() + ".html";
                    entries.add(new FeedEntry(page + "#" + MeasurePage.Correction.anchor(c.replacesVersion()), "Correction: " + c.title()
                            + " (" + e.id() + " edition, page version " + c.pageVersion() + ")", page,
                            atomDate(c.publishedOn()), c.reason()));
                }
            }
            previous = e.id();
        }
        entries.sort(Comparator.comparing(FeedEntry::updated).reversed());
        writer.write("feed.xml", SiteWriter.render("feed.jte", Map.of("siteBase", siteBase, "updated",
                entries.isEmpty() ? atomDate("2023-01-01") : entries.get(0).updated(), "entries", entries)));
    }

    private static String atomDate(String date) {
        return date + "T00:00:00Z";
    }

    private void writeStaticPages(List<Edition> editions, List<MeasureSummary> measures) {
        List<Crumb> home = List.of(new Crumb("Home", "index.html"));
        writer.page("index.html", "page/home.jte", Map.of("page",
                new SimplePages.Home(PageMeta.page("Home", "", List.of()), editions, measures.size()), "finder",
                areaSite.home("smc205", BoundarySet.SMC_AREAS_2025, "2025")));
        writer.page("measures/index.html", "page/measures.jte", new SimplePages.Measures(
                PageMeta.page("Measures", "../", List.of(new Crumb("Home", "../index.html"))), measures));
        writer.page("methodology.html", "page/methodology.jte", PageMeta.page("How the figures are made", "", home));
        writer.page("glossary.html", "page/glossary.jte", PageMeta.page("Glossary", "", home));
        writer.page("accessibility.html", "page/accessibility.jte", PageMeta.page("Accessibility statement", "", home));
        writer.write("_headers", SecurityHeaders.headersFile());
    }

    /** Runs the tasks on a few threads and fails with the first error. */
    private static void runAll(List<Callable<Void>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (Future<Void> f : pool.invokeAll(tasks)) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception x ? x : e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
