package uk.mobilityexplorer.staticclient.site;

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

    /** An area with a page, and the edition its profile is read from (null: newest). */
    record Listed(Area area, String edition) {
    }

    private final ApiClient api;
    private final SiteWriter writer;
    private final Map<String, Profile> profiles = new ConcurrentHashMap<>();
    private final Map<String, CouncilLinks> councils = new ConcurrentHashMap<>();
    private final List<String> letters = new ArrayList<>();

    private final String siteBase;

    /** @param siteBase the site's public address, for the embed snippet */
    AreaSite(ApiClient api, SiteWriter writer, String siteBase) {
        this.api = api;
        this.writer = writer;
        this.siteBase = siteBase;
    }

    /** Writes every area's page, the A to Z and the index; returns each area's profile (for the embeds). */
    Map<String, Profile> write(List<Listed> listed, List<Area> councilList, Runner runner) throws Exception {
        List<Callable<Void>> reads = new ArrayList<>();
        for (Listed l : listed) {
            reads.add(() -> {
                profiles.put(l.area().code(), api.profile(l.area().code(), l.edition()));
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
        return profiles;
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
        String apiUrl = api.url("/api/v1/areas/" + area.code() + "/profile"
                + (l.edition() == null ? "" : "?edition=" + l.edition()));
        String csvUrl = apiUrl + (apiUrl.contains("?") ? "&" : "?") + "format=csv";
        List<Crumb> crumbs = List.of(new Crumb("Home", "../index.html"), new Crumb("Areas", "index.html"));
        AreaProfiles.Addresses at = new AreaProfiles.Addresses("../", apiUrl, csvUrl, area.code() + "-spines.svg",
                area.code() + "-", siteBase + "/embed/areas/" + area.code() + ".html");
        AreaProfilePage page = AreaProfiles.build(profile, AreaTypes.label(area.type()),
                PageMeta.page(area.name(), "../", crumbs), at, locator(area), related(area, byCode, councilsByArea),
                sameBand(area, byCode, councilsByArea));
        writer.page("areas/" + area.code() + ".html", "page/area-profile.jte", page);
        ComparisonPage comparison = comparison(area, byCode, councilsByArea);
        if (comparison != null) {
            writer.page("areas/compare/" + area.code() + ".html", "page/comparison.jte", comparison);
        }
        writer.write("areas/" + area.code() + "-spines.svg", SiteWriter.render("svg-spines.jte", page));
        for (AreaProfilePage.GroupGrid grid : page.groups()) {
            writer.write("areas/" + page.groupsSvg(grid), SiteWriter.render("svg-groups.jte",
                    Map.of("page", page, "grid", grid)));
        }
    }

    /** The area on the map of its own geography, or null where no committed map has it. */
    private static LocatorMap locator(Area area) {
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
            Map<String, List<Area>> councilsByArea) {
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
                .forEach(a -> links.add(link(new AreaRef(a.code(), a.name(), a.type()), "an area within it")));
        if (!comparedWith(area, byCode, councilsByArea).isEmpty()) {
            links.add(new AreaProfilePage.Link("Compare " + area.name() + " side by side", "compare/" + area.code()
                    + ".html", area.type().startsWith("smc") ? "with the other areas of its region"
                            : "with its parent region and the UK"));
        }
        List<Area> within = councilsByArea.getOrDefault(area.code(), List.of());
        if (!within.isEmpty()) {
            links.add(new AreaProfilePage.Link("Councils in " + area.name(), null, within.stream().map(Area::name).sorted().reduce((a, b) -> a + ", " + b).orElse("")));
        }
        return links;
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
     * The areas an area is fairly set beside: for a Commission area, the others of its kind in the same ITL2 region
     * (their figures are on the same scale); for a region or nation, its parent and the UK.
     */
    private List<Area> comparedWith(Area area, Map<String, Area> byCode, Map<String, List<Area>> councilsByArea) {
        if (area.type().startsWith("smc")) {
            List<AreaRef> mine = regions(area, councilsByArea);
            return byCode.values().stream().filter(o -> !o.code().equals(area.code()) && o.type().equals(area.type())
                    && regions(o, councilsByArea).stream().anyMatch(mine::contains)).toList();
        }
        List<Area> others = new ArrayList<>();
        if (area.parent() != null && byCode.containsKey(area.parent().code())) {
            others.add(byCode.get(area.parent().code()));
        }
        if (!"uk".equals(area.type()) && byCode.containsKey(UK)) {
            others.add(byCode.get(UK));
        }
        return others;
    }

    private ComparisonPage comparison(Area area, Map<String, Area> byCode, Map<String, List<Area>> councilsByArea) {
        List<Area> others = comparedWith(area, byCode, councilsByArea);
        if (others.isEmpty()) {
            return null;
        }
        List<Area> all = new ArrayList<>(List.of(area));
        all.addAll(others);
        List<ComparisonPage.Column> columns = all.stream()
                .map(a -> new ComparisonPage.Column(a.name(), "../" + a.code() + ".html")).toList();
        List<ComparisonPage.Row> rows = new ArrayList<>();
        Profile own = profiles.get(area.code());
        for (ProfileItem item : own.items()) {
            String period = item.observation().period().label();
            List<String> cells = new ArrayList<>();
            for (Area a : all) {
                Profile p = profiles.get(a.code());
                cells.add(p == null ? "No figures read" : p.items().stream()
                        .filter(i -> i.measure().equals(item.measure()) && i.observation().period().label().equals(period))
                        .findFirst().map(AreaSite::figure).orElse("No figure for " + period));
            }
            rows.add(new ComparisonPage.Row(item.title(), "../../measures/" + item.measure() + "/" + own.edition()
                    + ".html", period, cells));
        }
        String intro = area.type().startsWith("smc")
                ? "The Commission's areas in the same ITL2 region as " + area.name() + ", on the same measures and "
                        + "periods. Groups say more than small differences in scores."
                : area.name() + " beside the larger areas it belongs to, for the same periods only: where the UK or "
                        + "the parent has no figure for a pooled period, the cell says so.";
        List<Crumb> crumbs = List.of(new Crumb("Home", "../../index.html"), new Crumb("Areas", "../index.html"),
                new Crumb(area.name(), "../" + area.code() + ".html"));
        return new ComparisonPage(PageMeta.page(area.name() + " compared", "../../", crumbs), area.name(),
                "../" + area.code() + ".html", intro, columns, rows);
    }

    /** A figure as the comparison table shows it: value to its decimals, and its group where published. */
    private static String figure(ProfileItem i) {
        var o = i.observation();
        String value = Numbers.format(o.value(), o.unit() == null ? 1 : o.unit().decimals())
                + (o.unit() != null && "percent".equals(o.unit().code()) && o.value() != null ? "%" : "");
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
                    AreaTypes.label(a.type()), "../" + a.code() + ".html", List.of()));
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
