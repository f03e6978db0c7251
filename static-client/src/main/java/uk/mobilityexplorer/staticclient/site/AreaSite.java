package uk.mobilityexplorer.staticclient.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import uk.mobilityexplorer.staticclient.ChoroplethMap;
import uk.mobilityexplorer.staticclient.api.ApiClient;
import uk.mobilityexplorer.staticclient.api.model.Area;
import uk.mobilityexplorer.staticclient.api.model.AreaDetail;
import uk.mobilityexplorer.staticclient.api.model.AreaRef;
import uk.mobilityexplorer.staticclient.api.model.Band;
import uk.mobilityexplorer.staticclient.api.model.CouncilLinks;
import uk.mobilityexplorer.staticclient.api.model.Profile;
import uk.mobilityexplorer.staticclient.api.model.ProfileItem;
import uk.mobilityexplorer.staticclient.chart.Key;
import uk.mobilityexplorer.staticclient.chart.MapChart;
import uk.mobilityexplorer.staticclient.chart.Palette;
import uk.mobilityexplorer.staticclient.geo.BoundarySet;
import uk.mobilityexplorer.staticclient.geo.LocatorMap;
import uk.mobilityexplorer.staticclient.view.AreaFinder;
import uk.mobilityexplorer.staticclient.view.AreaProfilePage;
import uk.mobilityexplorer.staticclient.view.AreaProfiles;
import uk.mobilityexplorer.staticclient.view.AreaTypes;
import uk.mobilityexplorer.staticclient.view.ComparisonPage;
import uk.mobilityexplorer.staticclient.view.Crumb;
import uk.mobilityexplorer.staticclient.view.Numbers;
import uk.mobilityexplorer.staticclient.view.PageMeta;
import uk.mobilityexplorer.staticclient.view.Polarity;

/**
 * Writes the area journeys: a page per area (spine charts, composite groups over time, locator map, links to the areas
 * around it), the A to Z of every area and UK council, and the index of areas by nation and region.
 */
final class AreaSite {

    /** The United Kingdom's area code. */
    private static final String UK = "K02000001";
    /** The ITL1 regions each nation is made of, by nation code (ONS: England is TLC to TLK). */
    private static final Map<String, String> ITL1_OF_NATION = Map.of("E92000001",
            "TLC TLD TLE TLF TLG TLH TLI TLJ TLK", "W92000004", "TLL", "S92000003", "TLM", "N92000002", "TLN");

    /** Most areas one comparison table sets side by side: as many as the API's comparison takes, and readable on a phone. */
    private static final int MOST_PER_TABLE = 4;

    /** An area with a page, and the edition its profile is read from (null: newest). */
    record Listed(Area area, String edition) {
    }

    private final ApiClient api;
    private final SiteWriter writer;
    private final Map<String, Profile> profiles = new ConcurrentHashMap<>();
    /** Each area as its page shows it: an area listed for the newest edition gets an older one where only it has figures. */
    private final Map<String, Listed> shown = new ConcurrentHashMap<>();
    /** Profiles of an area in an edition other than its page's, read when a comparison needs them (key code@edition). */
    private final Map<String, Profile> otherEditions = new ConcurrentHashMap<>();
    private final Map<String, CouncilLinks> councils = new ConcurrentHashMap<>();
    private final List<String> letters = new ArrayList<>();

    private final String siteBase;

    /** @param siteBase the site's public address, for the embed snippet */
    AreaSite(ApiClient api, SiteWriter writer, String siteBase) {
        this.api = api;
        this.writer = writer;
        this.siteBase = siteBase;
    }

    /**
     * Writes every area's page, the A to Z and the index; returns each area as shown, with its profile (for the
     * embeds).
     *
     * @param editionsNewestFirst the published editions, searched for figures where the newest has none for an area
     */
    Map<Listed, Profile> write(List<Listed> listed, List<String> editionsNewestFirst, List<Area> councilList,
            Runner runner) throws Exception {
        List<Callable<Void>> reads = new ArrayList<>();
        for (Listed l : listed) {
            reads.add(() -> {
                read(l, editionsNewestFirst);
                return null;
            });
        }
        for (Area c : councilList) {
            reads.add(() -> {
                AreaDetail d = api.area(c.code());
                if (d.council() != null) {
                    councils.put(c.code(), d.council());
                }
                return null;
            });
        }
        runner.run(reads);
        Map<String, Area> byCode = new LinkedHashMap<>();
        listed.forEach(l -> byCode.put(l.area().code(), l.area()));
        Map<String, List<Area>> councilsByArea = councilsByArea(councilList);
        List<Callable<Void>> pages = new ArrayList<>();
        for (Listed l : listed) {
            pages.add(() -> {
                writeArea(l, byCode, councilsByArea);
                return null;
            });
        }
        runner.run(pages);
        writeAToZ(listed, councilList, byCode);
        writeIndex(listed, byCode, councilsByArea);
        Map<Listed, Profile> written = new LinkedHashMap<>();
        listed.forEach(l -> written.put(shown.get(l.area().code()), profiles.get(l.area().code())));
        return written;
    }

    /**
     * Reads an area's profile; where the newest edition has no figures for it (the ITL1 regions were published in
     * 2023 only), the newest edition that has, so that its page still has figures and charts.
     */
    private void read(Listed l, List<String> editionsNewestFirst) throws Exception {
        String code = l.area().code();
        Profile profile = api.profile(code, l.edition());
        Listed as = l;
        if (l.edition() == null && profile.items().isEmpty()) {
            for (String edition : editionsNewestFirst) {
                Profile older = edition.equals(profile.edition()) ? profile : api.profile(code, edition);
                if (!older.items().isEmpty()) {
                    profile = older;
                    as = new Listed(l.area(), edition);
                    break;
                }
            }
        }
        profiles.put(code, profile);
        shown.put(code, as);
    }

    /** Runs tasks on the generator's threads. */
    interface Runner {
        void run(List<Callable<Void>> tasks) throws Exception;
    }

    private Map<String, List<Area>> councilsByArea(List<Area> councilList) {
        Map<String, List<Area>> byArea = new TreeMap<>();
        for (Area c : councilList) {
            CouncilLinks links = councils.get(c.code());
            if (links != null && links.compositeAreas() != null) {
                links.compositeAreas().forEach(a -> byArea.computeIfAbsent(a.area().code(), k -> new ArrayList<>()).add(c));
            }
        }
        return byArea;
    }

    private void writeArea(Listed l, Map<String, Area> byCode, Map<String, List<Area>> councilsByArea) {
        Area area = l.area();
        Profile profile = profiles.get(area.code());
        String edition = shown.get(area.code()).edition();
        String apiUrl = api.url("/api/v1/areas/" + area.code() + "/profile"
                + (edition == null ? "" : "?edition=" + edition));
        String csvUrl = apiUrl + (apiUrl.contains("?") ? "&" : "?") + "format=csv";
        List<Crumb> crumbs = List.of(new Crumb("Home", "../index.html"), new Crumb("Areas", "index.html"));
        AreaProfiles.Addresses at = new AreaProfiles.Addresses("../", apiUrl, csvUrl, area.code() + "-spines.svg",
                area.code() + "-", siteBase + "/embed/areas/" + area.code() + ".html");
        AreaProfiles.Figures figures = new AreaProfiles.Figures(l.edition() == null && edition != null,
                profile.items().isEmpty() ? sameNameWithFigures(area, byCode) : List.of());
        ComparisonPage comparison = comparison(area, byCode, councilsByArea);
        AreaProfilePage page = AreaProfiles.build(profile, AreaTypes.label(area.type()),
                PageMeta.page(area.name(), "../", crumbs), at, figures, locator(area),
                related(area, byCode, councilsByArea, comparison != null), sameBand(area, byCode, councilsByArea));
        writer.page("areas/" + area.code() + ".html", "page/area-profile.jte", page);
        if (comparison != null) {
            writer.page("areas/compare/" + area.code() + ".html", "page/comparison.jte", comparison);
        }
        if (!page.measures().isEmpty()) {
            writer.write("areas/" + area.code() + "-spines.svg", SiteWriter.render("svg-spines.jte", page));
        }
        for (AreaProfilePage.GroupGrid grid : page.groups()) {
            writer.write("areas/" + page.groupsSvg(grid), SiteWriter.render("svg-groups.jte",
                    Map.of("page", page, "grid", grid)));
        }
    }

    /** The area on the map of its own geography, or null where no committed map has it. */
    private static LocatorMap locator(Area area) {
        String itl1 = ITL1_OF_NATION.getOrDefault(area.code(), area.type().equals("itl1") ? area.code() : null);
        if (itl1 != null) {
            // Nations and ITL1 regions are drawn as the ITL2 regions inside them (ITL2 codes begin with their ITL1's).
            return BoundarySet.ITL2_2021.figure().locatorOfParts(area.code(), area.name(),
                    part -> itl1.contains(part.substring(0, 3)));
        }
        List<BoundarySet> sets = switch (area.type()) {
            case "smc205" -> List.of(BoundarySet.SMC_AREAS_2025);
            case "smc203" -> List.of(BoundarySet.SMC_AREAS_2024);
            case "itl2" -> List.of(BoundarySet.ITL2_2021, BoundarySet.ITL2_2025);
            default -> List.of();
        };
        for (BoundarySet set : sets) {
            try {
                return set.figure().locator(area.code());
            } catch (IllegalArgumentException notOnThisMap) {
                // An ITL2 region of the other vintage: try the next map.
            }
        }
        return null;
    }

    private List<AreaProfilePage.Link> related(Area area, Map<String, Area> byCode,
            Map<String, List<Area>> councilsByArea, boolean compared) {
        List<AreaProfilePage.Link> links = new ArrayList<>();
        if (area.parent() != null && byCode.containsKey(area.parent().code())) {
            links.add(link(area.parent(), "the larger area it is part of"));
        }
        for (AreaRef region : regions(area, councilsByArea)) {
            if (byCode.containsKey(region.code())) {
                links.add(link(region, "its ITL2 region"));
            }
        }
        byCode.values().stream().filter(a -> a.parent() != null && a.parent().code().equals(area.code()))
                .forEach(a -> links.add(link(ref(a), AreaTypes.one(a.type()) + " within it")));
        // The Commission's areas name a nation as their parent: a region finds its own through their councils.
        if ("itl2".equals(area.type())) {
            byCode.values().stream().filter(a -> a.type().startsWith("smc") && regions(a, councilsByArea).stream()
                    .anyMatch(r -> r.code().equals(area.code())))
                    .sorted(Comparator.comparing(Area::type).reversed().thenComparing(Area::name))
                    .forEach(a -> links.add(link(ref(a), "a social mobility area of the "
                            + shown.get(a.code()).edition() + " edition with councils in this region")));
        }
        if (compared) {
            links.add(new AreaProfilePage.Link("Compare " + area.name() + " side by side", "compare/" + area.code()
                    + ".html", "with the larger areas it belongs to, the UK and similar areas nearby"));
        }
        List<Area> within = councilsByArea.getOrDefault(area.code(), List.of());
        if (!within.isEmpty()) {
            links.add(new AreaProfilePage.Link("Councils in " + area.name(), null, within.stream().map(Area::name).sorted().reduce((a, b) -> a + ", " + b).orElse("")));
        }
        return links;
    }

    /** Areas of the same name that have figures: where an area has none, the place may be published under another. */
    private List<AreaProfilePage.Link> sameNameWithFigures(Area area, Map<String, Area> byCode) {
        return byCode.values().stream().filter(a -> !a.code().equals(area.code())
                && a.name().equalsIgnoreCase(area.name()) && !profiles.get(a.code()).items().isEmpty())
                .map(a -> {
                    String kind = AreaTypes.label(a.type());
                    return link(ref(a), "published among the " + Character.toLowerCase(kind.charAt(0))
                            + kind.substring(1));
                }).toList();
    }

    private static AreaRef ref(Area a) {
        return new AreaRef(a.code(), a.name(), a.type());
    }

    /** The ITL2 regions of the councils that make up a Commission area. */
    private List<AreaRef> regions(Area area, Map<String, List<Area>> councilsByArea) {
        return councilsByArea.getOrDefault(area.code(), List.of()).stream().map(c -> councils.get(c.code()).itl2())
                .filter(Objects::nonNull).distinct().toList();
    }

    /** For each composite index, the areas of the same type and ITL2 region placed in the same group. */
    private List<AreaProfilePage.Link> sameBand(Area area, Map<String, Area> byCode,
            Map<String, List<Area>> councilsByArea) {
        List<AreaRef> mine = regions(area, councilsByArea);
        Profile own = profiles.get(area.code());
        List<AreaProfilePage.Link> links = new ArrayList<>();
        if (mine.isEmpty() || own == null) {
            return links;
        }
        for (ProfileItem item : own.items()) {
            if (item.observation().band() == null || "quintile".equals(item.observation().band().scheme())) {
                continue;
            }
            for (Area other : byCode.values()) {
                if (other.code().equals(area.code()) || !other.type().equals(area.type())
                        || regions(other, councilsByArea).stream().noneMatch(mine::contains)) {
                    continue;
                }
                Profile p = profiles.get(other.code());
                p.items().stream().filter(i -> i.measure().equals(item.measure()) && i.observation().band() != null
                        && i.observation().band().rank() == item.observation().band().rank()).findFirst()
                        .ifPresent(i -> links.add(new AreaProfilePage.Link(other.name(), other.code() + ".html",
                                item.title() + ", " + i.observation().band().label().toLowerCase(Locale.ROOT))));
            }
        }
        return links;
    }

    /**
     * The areas an area's figures are set beside: the nearest larger area with figures in the same edition (for a
     * Commission area, reached through its councils' ITL2 region, since its parent is a nation), then the UK; never
     * the area itself.
     */
    private List<Area> largerAreas(Area area, String edition, Map<String, Area> byCode,
            Map<String, List<Area>> councilsByArea) {
        List<Area> larger = new ArrayList<>();
        AreaRef up = area.type().startsWith("smc") ? regions(area, councilsByArea).stream()
                .filter(r -> byCode.containsKey(r.code())).findFirst().orElse(area.parent()) : area.parent();
        Area candidate = up == null ? null : byCode.get(up.code());
        while (candidate != null && !candidate.code().equals(UK)) {
            if (!profileIn(candidate.code(), edition).items().isEmpty()) {
                larger.add(candidate);
                break;
            }
            candidate = candidate.parent() == null ? null : byCode.get(candidate.parent().code());
        }
        if (!area.code().equals(UK) && byCode.containsKey(UK)) {
            larger.add(byCode.get(UK));
        }
        return larger;
    }

    /**
     * Areas of the same kind in the same region (for a Commission area its councils' ITL2 region, else the same
     * parent) with figures in the same edition: their figures are on the same scale.
     */
    private List<Area> neighbours(Area area, String edition, Map<String, Area> byCode,
            Map<String, List<Area>> councilsByArea) {
        List<AreaRef> mine = regions(area, councilsByArea);
        return byCode.values().stream().filter(o -> !o.code().equals(area.code()) && o.type().equals(area.type())
                && (area.type().startsWith("smc") ? regions(o, councilsByArea).stream().anyMatch(mine::contains)
                        : o.parent() != null && area.parent() != null
                                && o.parent().code().equals(area.parent().code()))
                && edition.equals(profiles.get(o.code()).edition()) && !profiles.get(o.code()).items().isEmpty())
                .sorted(Comparator.comparing(Area::name)).toList();
    }

    /** An area's profile in an edition: the one its page shows, or read once when a comparison needs another. */
    private Profile profileIn(String code, String edition) {
        Profile onPage = profiles.get(code);
        if (onPage != null && edition.equals(onPage.edition())) {
            return onPage;
        }
        return otherEditions.computeIfAbsent(code + "@" + edition, key -> {
            try {
                return api.profile(code, edition);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted reading " + key, e);
            }
        });
    }

    /**
     * The comparison page: the area beside its larger areas, then beside the others of its kind nearby, a few at a
     * time; null where there is nothing to set it beside.
     */
    private ComparisonPage comparison(Area area, Map<String, Area> byCode, Map<String, List<Area>> councilsByArea) {
        Profile own = profiles.get(area.code());
        if (own.items().isEmpty()) {
            return null;
        }
        List<ComparisonPage.Table> tables = new ArrayList<>();
        List<Area> larger = largerAreas(area, own.edition(), byCode, councilsByArea);
        if (!larger.isEmpty()) {
            tables.add(table("compare-larger", "Beside the larger areas it belongs to", area, larger, own));
        }
        List<Area> nearby = neighbours(area, own.edition(), byCode, councilsByArea);
        for (int from = 0; from < nearby.size(); from += MOST_PER_TABLE - 1) {
            tables.add(table("compare-nearby-" + (from / (MOST_PER_TABLE - 1) + 1),
                    from == 0 ? "Beside similar areas nearby" : null, area,
                    nearby.subList(from, Math.min(nearby.size(), from + MOST_PER_TABLE - 1)), own));
        }
        if (tables.isEmpty()) {
            return null;
        }
        List<Crumb> crumbs = List.of(new Crumb("Home", "../../index.html"), new Crumb("Areas", "../index.html"),
                new Crumb(area.name(), "../" + area.code() + ".html"));
        return new ComparisonPage(PageMeta.page(area.name() + " compared", "../../", crumbs), area.name(),
                "../" + area.code() + ".html", own.edition(), tables);
    }

    /** One table: the area and a few others, measure by measure, each figure for the area's own period only. */
    private ComparisonPage.Table table(String id, String heading, Area area, List<Area> others, Profile own) {
        List<Area> all = new ArrayList<>(List.of(area));
        all.addAll(others);
        List<ComparisonPage.Measure> measures = new ArrayList<>();
        for (ProfileItem item : own.items()) {
            String period = item.observation().period().label();
            List<ComparisonPage.Figure> figures = new ArrayList<>();
            boolean someoneWithout = false;
            for (Area a : all) {
                ProfileItem theirs = profileIn(a.code(), own.edition()).items().stream()
                        .filter(i -> i.measure().equals(item.measure())).findFirst().orElse(null);
                boolean samePeriod = theirs != null && period.equals(theirs.observation().period().label());
                someoneWithout |= !samePeriod;
                String figure = theirs == null ? "No figure published on this measure"
                        : samePeriod ? figure(theirs)
                                : "No figure for " + period + ": its latest is for "
                                        + theirs.observation().period().label();
                figures.add(new ComparisonPage.Figure(nameBeside(a, area), "../" + a.code() + ".html", figure));
            }
            if (someoneWithout && item.peers() != null && item.peers().period().equals(period)) {
                // Where a larger area has no figure (composite indices exist for the Commission's areas only), the
                // middle of all areas of this kind is the fair benchmark, as on the area's spine chart.
                figures.add(new ComparisonPage.Figure("Middle of all " + item.peers().count() + " areas of this kind "
                        + "(median)", null, Numbers.withUnit(item.peers().median(), item.observation().unit())));
            }
            measures.add(new ComparisonPage.Measure(item.title(), "../../measures/" + item.measure() + "/"
                    + own.edition() + ".html", period, figures));
        }
        List<String> names = others.stream().map(a -> nameBeside(a, area)).toList();
        String joined = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return new ComparisonPage.Table(id, heading, area.name() + " beside " + joined, measures);
    }

    /** An area's name beside another's, with its code where the names are the same (Cornwall the region and area). */
    private static String nameBeside(Area a, Area area) {
        return !a.code().equals(area.code()) && a.name().equalsIgnoreCase(area.name())
                ? a.name() + " (" + a.code() + ")" : a.name();
    }

    /** A figure as the comparison table shows it: value to its decimals, and its group where published. */
    private static String figure(ProfileItem i) {
        var o = i.observation();
        String value = Numbers.withUnit(o.value(), o.unit());
        return o.band() == null ? value : value + " (" + o.band().label() + ")";
    }

    private static AreaProfilePage.Link link(AreaRef a, String note) {
        return new AreaProfilePage.Link(a.name(), a.code() + ".html", note);
    }

    private void writeAToZ(List<Listed> listed, List<Area> councilList, Map<String, Area> byCode) {
        Map<String, List<AreaFinder.Entry>> byLetter = new TreeMap<>();
        for (Listed l : listed) {
            Area a = l.area();
            byLetter.computeIfAbsent(letter(a.name()), k -> new ArrayList<>()).add(new AreaFinder.Entry(a.name(),
                    AreaTypes.one(a.type()), "../" + a.code() + ".html", List.of()));
        }
        for (Area c : councilList) {
            CouncilLinks links = councils.get(c.code());
            List<AreaProfilePage.Link> pages = new ArrayList<>();
            if (links != null) {
                if (links.compositeAreas() != null) {
                    links.compositeAreas().stream().sorted(Comparator.comparing(CouncilLinks.CompositeArea::edition)
                            .reversed()).filter(a -> byCode.containsKey(a.area().code()))
                            .forEach(a -> pages.add(new AreaProfilePage.Link(a.area().name(), "../" + a.area().code()
                                    + ".html", "the Commission's area holding it, " + a.edition() + " edition")));
                }
                if (links.itl2() != null && byCode.containsKey(links.itl2().code())) {
                    pages.add(new AreaProfilePage.Link(links.itl2().name(), "../" + links.itl2().code() + ".html",
                            "its ITL2 region"));
                }
            }
            byLetter.computeIfAbsent(letter(c.name()), k -> new ArrayList<>()).add(new AreaFinder.Entry(c.name(),
                    "council, " + c.code(), null, pages));
        }
        letters.addAll(byLetter.keySet());
        List<Crumb> crumbs = List.of(new Crumb("Home", "../../index.html"), new Crumb("Areas", "../index.html"));
        byLetter.forEach((letter, entries) -> {
            entries.sort(Comparator.comparing(AreaFinder.Entry::name, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(AreaFinder.Entry::kind));
            writer.page("areas/a-z/" + letter.toLowerCase(Locale.ROOT) + ".html", "page/a-to-z.jte",
                    new AreaFinder.Letter(PageMeta.page("Find your area: " + letter, "../../", crumbs), letter, letters,
                            entries));
        });
    }

    /**
     * The home page's way in by place, once {@link #write} has run: the letter index, and each composite index of the
     * newest edition with areas of the given type on one small map (the first map carries the outlines, the others
     * reuse them).
     */
    AreaFinder.Home home(String areaType, BoundarySet boundaries, String edition) {
        Map<String, Map<String, ChoroplethMap.Fill>> fills = new TreeMap<>();
        Map<String, String> titles = new TreeMap<>();
        Map<String, Map<Band, Long>> counts = new TreeMap<>();
        for (Profile p : profiles.values()) {
            if (!areaType.equals(p.area().type())) {
                continue;
            }
            for (ProfileItem i : p.items()) {
                Band b = i.observation().band();
                if (b == null || "quintile".equals(b.scheme())) {
                    continue;
                }
                String colour = Palette.band(b.scheme(), b.rank(), Palette.bandCount(b.scheme()),
                        Polarity.of(i.polarity(), null));
                fills.computeIfAbsent(i.measure(), k -> new TreeMap<>()).put(p.area().code(),
                        new ChoroplethMap.Fill(colour, b.label()));
                titles.put(i.measure(), i.title());
                counts.computeIfAbsent(i.measure(), k -> new TreeMap<>(Comparator.comparingInt(Band::rank).reversed()))
                        .merge(b, 1L, Long::sum);
            }
        }
        List<AreaFinder.SmallMap> maps = new ArrayList<>();
        fills.forEach((measure, byArea) -> {
            List<Key> key = new ArrayList<>();
            counts.get(measure).forEach((b, n) -> key.add(new Key(byArea.values().stream()
                    .filter(f -> f.label().equals(b.label())).findFirst().orElseThrow().colour(), b.label(), n)));
            MapChart map = ChoroplethMap.draw(boundaries, "map-" + measure, titles.get(measure),
                    "A map of the " + byArea.size() + " areas coloured by their group, each area a link to its page; "
                            + "the key below gives the groups in words.", byArea, key, Palette.MISSING, "areas/");
            maps.add(new AreaFinder.SmallMap(titles.get(measure), "measures/" + measure + "/" + edition + ".html",
                    map.withShapes(maps.isEmpty())));
        });
        return new AreaFinder.Home(letters, maps);
    }

    /** The letter an entry is filed under: its first letter without accents ("Ynys Môn" under Y). */
    static String letter(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        char first = plain.isEmpty() ? '#' : Character.toUpperCase(plain.charAt(0));
        return first >= 'A' && first <= 'Z' ? String.valueOf(first) : "#";
    }

    private void writeIndex(List<Listed> listed, Map<String, Area> byCode, Map<String, List<Area>> councilsByArea) {
        Map<String, Map<String, List<AreaProfilePage.Link>>> nations = new TreeMap<>();
        for (Listed l : listed) {
            Area a = l.area();
            String nation = nation(a, byCode);
            String region = region(a, byCode, councilsByArea);
            nations.computeIfAbsent(nation, k -> new TreeMap<>()).computeIfAbsent(region, k -> new ArrayList<>())
                    .add(new AreaProfilePage.Link(a.name(), a.code() + ".html", AreaTypes.label(a.type())));
        }
        List<AreaFinder.Group> groups = new ArrayList<>();
        nations.forEach((nation, regions) -> {
            List<AreaFinder.Group> parts = new ArrayList<>();
            regions.forEach((region, areas) -> {
                if (!region.isEmpty()) {
                    parts.add(new AreaFinder.Group(region, areas, List.of()));
                }
            });
            groups.add(new AreaFinder.Group(nation, regions.getOrDefault("", List.of()), parts));
        });
        writer.page("areas/index.html", "page/area-index.jte", new AreaFinder.Index(PageMeta.page("Areas", "../",
                List.of(new Crumb("Home", "../index.html"))), groups));
    }

    /** The nation an area lies in, following parents up to a nation; the UK-wide areas are filed as such. */
    private static String nation(Area a, Map<String, Area> byCode) {
        if ("country".equals(a.type())) {
            return a.name();
        }
        AreaRef at = a.parent();
        for (int depth = 0; depth < 4 && at != null; depth++) {
            if ("country".equals(at.type())) {
                return at.name();
            }
            Area up = byCode.get(at.code());
            at = up == null ? null : up.parent();
        }
        return "The UK as a whole";
    }

    /**
     * The region (ITL1) an area lies in, or "" where the nation is the nearest grouping: for the Commission's areas,
     * through the ITL2 region of their councils.
     */
    private String region(Area a, Map<String, Area> byCode, Map<String, List<Area>> councilsByArea) {
        AreaRef itl1 = switch (a.type()) {
            case "itl1" -> new AreaRef(a.code(), a.name(), a.type());
            case "itl2" -> a.parent();
            case "smc203", "smc205" -> regions(a, councilsByArea).stream().map(r -> byCode.get(r.code()))
                    .filter(Objects::nonNull).map(Area::parent).findFirst().orElse(null);
            default -> null;
        };
        // Scotland, Wales and Northern Ireland are ITL1 regions of their own: the nation heading is enough there.
        boolean nationItself = itl1 == null || !"itl1".equals(itl1.type())
                || nation(a, byCode).equals(itl1.name()) || !nation(a, byCode).equals("England");
        return nationItself ? "" : itl1.name();
    }
}
