package uk.mobilityexplorer.staticclient.view;

import java.util.ArrayList;
import java.util.List;

import uk.mobilityexplorer.staticclient.api.model.Observation;
import uk.mobilityexplorer.staticclient.api.model.Profile;
import uk.mobilityexplorer.staticclient.api.model.ProfileItem;

/** Builds an area's profile page (and its embed) from the API's profile. */
public final class AreaPages {

    private AreaPages() {
    }

    /**
     * @param root relative path from the page to the site root
     * @param embedUrl absolute address of the area's embed
     */
    public static AreaPage build(Profile p, String typeLabel, PageMeta meta, String root, String apiUrl,
            String embedUrl) {
        List<AreaPage.Row> rows = new ArrayList<>();
        for (ProfileItem i : p.items()) {
            Observation o = i.observation();
            int decimals = o.unit() == null ? 1 : o.unit().decimals();
            String unit = o.unit() == null ? "" : o.unit().code().equals("percent") ? "%" : " " + o.unit().label();
            rows.add(new AreaPage.Row(i.title(), root + "measures/" + i.measure() + "/" + p.edition() + ".html",
                    o.period().label(), o.value() == null ? Numbers.NO_DATA : Numbers.format(o.value(), decimals) + unit,
                    Bands.meaning(o.band(), Polarity.of(i.polarity(), null), i.title()), comparison(i.comparison())));
        }
        return new AreaPage(meta, p.area().name(), p.area().code(), typeLabel, p.edition(), p.comparisonMethod(), rows,
                apiUrl, embedUrl);
    }

    /** Plain words for the API's comparison codes. */
    static String comparison(String code) {
        return switch (code == null ? "" : code) {
            case "higher" -> "Higher than the UK";
            case "lower" -> "Lower than the UK";
            case "similar" -> "Similar to the UK";
            case "not-compared" -> "Not compared: no interval published";
            case "no-uk-figure" -> "No UK figure for this period";
            case "is-uk" -> "This is the UK figure";
            default -> code;
        };
    }
}
