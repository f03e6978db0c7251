package uk.mobilityexplorer.staticclient.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import uk.mobilityexplorer.staticclient.api.model.Band;
import uk.mobilityexplorer.staticclient.api.model.Benchmark;
import uk.mobilityexplorer.staticclient.api.model.Observation;
import uk.mobilityexplorer.staticclient.api.model.PeerDistribution;
import uk.mobilityexplorer.staticclient.api.model.Profile;
import uk.mobilityexplorer.staticclient.api.model.ProfileItem;
import uk.mobilityexplorer.staticclient.api.model.SeriesPoint;
import uk.mobilityexplorer.staticclient.chart.Key;
import uk.mobilityexplorer.staticclient.chart.Palette;
import uk.mobilityexplorer.staticclient.chart.SpineChart;
import uk.mobilityexplorer.staticclient.geo.AreaShape;
import uk.mobilityexplorer.staticclient.geo.LocatorMap;

/** Builds an area's page from its profile: spine charts, composite-index groups over time, locator and links. */
public final class AreaProfiles {

    private AreaProfiles() {
    }

    /** Where the page's links and downloads point. */
    public record Addresses(String root, String apiUrl, String csvUrl, String spineSvg, String groupsSvgPrefix,
            String embedUrl) {
    }

    /**
     * Where the page's figures come from, when not simply the edition asked for.
     *
     * @param fromOlderEdition the newest edition has no figures for the area, so the profile is from the latest that has
     * @param elsewhere where no edition has figures for the area: areas of the same name that have
     */
    public record Figures(boolean fromOlderEdition, List<AreaProfilePage.Link> elsewhere) {

        public static final Figures AS_ASKED = new Figures(false, List.of());
    }

    /**
     * @param locator the area on a small map, or null where no map has it
     * @param related parent, children and the comparison page
     * @param sameBand areas of the same type and region in the same group
     */
    public static AreaProfilePage build(Profile p, String typeLabel, PageMeta meta, Addresses at, Figures figures,
            LocatorMap locator, List<AreaProfilePage.Link> related, List<AreaProfilePage.Link> sameBand) {
        List<AreaProfilePage.MeasureRow> rows = new ArrayList<>();
        for (ProfileItem i : p.items()) {
            rows.add(row(i, p.edition(), at.root()));
        }
        AreaProfilePage.Locator map = locator == null ? null
                : new AreaProfilePage.Locator(locator.viewBox(),
                        locator.context().stream().map(AreaShape::pathData).toList(), locator.area().pathData());
        return new AreaProfilePage(meta, p.area().name(), p.area().code(), typeLabel, p.edition(), p.figuresNote(),
                figures, map, related, rows, groups(p, at.root()), sameBand, at.apiUrl(), at.csvUrl(), at.spineSvg(),
                at.groupsSvgPrefix(), at.embedUrl());
    }

    private static AreaProfilePage.MeasureRow row(ProfileItem i, String edition, String root) {
        Observation o = i.observation();
        int decimals = o.unit() == null ? 1 : o.unit().decimals();
        Polarity polarity = Polarity.of(i.polarity(), null);
        PeerDistribution peers = i.peers();
        SpineChart spine = null;
        String peerText = "No spread among similar areas published";
        if (peers != null && o.value() != null) {
            Double benchmark = i.benchmark() == null ? null : i.benchmark().value();
            spine = SpineChart.of("spine-" + i.measure(), i.title(), peers.min(), peers.lowerQuartile(), peers.median(),
                    peers.upperQuartile(), peers.max(), o.value(), benchmark, fill(o.band(), polarity),
                    polarity != Polarity.HIGHER_WORSE);
            peerText = "Lowest " + Numbers.format(peers.min(), decimals) + ", median "
                    + Numbers.format(peers.median(), decimals) + ", highest " + Numbers.format(peers.max(), decimals)
                    + " (" + peers.count() + (peers.count() == 1 ? " area)" : " areas)");
        }
        return new AreaProfilePage.MeasureRow(i.title(), root + "measures/" + i.measure() + "/" + edition + ".html",
                o.period().label(), Numbers.withUnit(o.value(), o.unit()),
                Bands.meaning(o.band(), polarity, i.title()), peerText, comparison(i, decimals), spine);
    }

    private static String fill(Band band, Polarity polarity) {
        return band == null ? "#0b0c0c"
                : Palette.band(band.scheme(), band.rank(), Palette.bandCount(band.scheme()), polarity);
    }

    /** What the figure was compared with and the outcome; never blank, since a blank cell leaves the reader guessing. */
    static String comparison(ProfileItem i, int decimals) {
        Benchmark b = i.benchmark();
        if (b == null) {
            return AreaPages.comparison(i.comparison());
        }
        String median = b.value() == null ? "" : " (" + Numbers.format(b.value(), decimals) + ")";
        return switch (b.kind()) {
            case "uk" -> switch (b.outcome()) {
                case "higher" -> "Higher than the UK" + median + ": the intervals do not overlap";
                case "lower" -> "Lower than the UK" + median + ": the intervals do not overlap";
                case "similar" -> "Similar to the UK" + median + ": the intervals overlap";
                default -> "Not compared with the UK" + median + ": no interval was published for one of the figures";
            };
            case "peer-median" -> "No UK figure for this period, so compared with the median of similar areas" + median
                    + ": " + switch (b.outcome()) {
                        case "higher" -> "value-vs-median".equals(b.method()) ? "above it" : "higher (interval wholly above)";
                        case "lower" -> "value-vs-median".equals(b.method()) ? "below it" : "lower (interval wholly below)";
                        case "similar" -> "similar (interval includes it)";
                        default -> "not compared";
                    };
            default -> switch (b.reason() == null ? "" : b.reason()) {
                case "area-is-uk" -> "This is the UK figure";
                case "missing-interval" -> "Not compared: no interval was published";
                default -> "Not compared: no UK figure for this period and too few similar areas";
            };
        };
    }

    /**
     * The composite indices' groups over every period of this edition, one grid per set of periods (the Commission
     * publishes some indices for four pooled windows and others for two), periods oldest first.
     */
    private static List<AreaProfilePage.GroupGrid> groups(Profile p, String root) {
        Map<List<String>, List<ProfileItem>> byPeriods = new LinkedHashMap<>();
        for (ProfileItem i : p.items()) {
            Band band = i.observation().band();
            if (band != null && !"quintile".equals(band.scheme())) {
                List<String> periods = points(i, p.edition()).stream()
                        .sorted(Comparator.comparing(s -> s.period().start() == null ? 0 : s.period().start()))
                        .map(s -> s.period().label()).distinct().toList();
                byPeriods.computeIfAbsent(periods, k -> new ArrayList<>()).add(i);
            }
        }
        List<AreaProfilePage.GroupGrid> grids = new ArrayList<>();
        byPeriods.forEach((periods, items) -> {
            List<AreaProfilePage.GroupRow> rows = new ArrayList<>();
            Map<Integer, Key> key = new TreeMap<>(Comparator.reverseOrder());
            for (ProfileItem i : items) {
                Polarity polarity = Polarity.of(i.polarity(), null);
                List<AreaProfilePage.GroupCell> cells = new ArrayList<>();
                for (String period : periods) {
                    SeriesPoint s = points(i, p.edition()).stream().filter(x -> x.period().label().equals(period))
                            .findFirst().orElse(null);
                    if (s == null || s.band() == null) {
                        cells.add(new AreaProfilePage.GroupCell(null, Palette.MISSING));
                    } else {
                        String colour = fill(s.band(), polarity);
                        cells.add(new AreaProfilePage.GroupCell(s.band().label(), colour));
                        key.putIfAbsent(s.band().rank(), new Key(colour, s.band().label(), null));
                    }
                }
                rows.add(new AreaProfilePage.GroupRow(i.title(), root + "measures/" + i.measure() + "/" + p.edition()
                        + ".html", cells));
            }
            grids.add(new AreaProfilePage.GroupGrid("groups-" + (grids.size() + 1), periods, rows,
                    new ArrayList<>(key.values())));
        });
        return grids;
    }

    /** The item's figures in this edition; an API without series gives the headline figure alone. */
    private static List<SeriesPoint> points(ProfileItem i, String edition) {
        if (i.series() == null || i.series().isEmpty()) {
            Observation o = i.observation();
            return List.of(new SeriesPoint(edition, o.period(), o.value(), o.lci(), o.uci(), o.band(), null));
        }
        return i.series().stream().filter(s -> edition.equals(s.edition())).toList();
    }
}
