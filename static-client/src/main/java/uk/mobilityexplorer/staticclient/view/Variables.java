package uk.mobilityexplorer.staticclient.view;

import java.util.ArrayList;
import java.util.List;

import uk.mobilityexplorer.staticclient.api.model.Dimension;
import uk.mobilityexplorer.staticclient.api.model.Measure;

/** The columns of the API's observation CSV, explained for one measure (its unit and breakdowns). */
final class Variables {

    private Variables() {
    }

    static List<MeasurePage.Variable> of(Measure m) {
        String unit = String.join("; ", m.units().stream().map(u -> u.label()).toList());
        List<String> dims = new ArrayList<>();
        for (Dimension d : m.dimensions()) {
            dims.add(d.code() + " (" + d.label() + ")");
        }
        String dimText = dims.isEmpty() ? "none for this measure" : String.join(", ", dims);
        List<MeasurePage.Variable> out = new ArrayList<>();
        out.add(v("area_code", "Official code of the area (GSS or ITL code), empty where the area has none", null));
        out.add(v("area_name", "The area's current name", null));
        out.add(v("area_type", "Kind of area: uk, country, itl1, itl2, smc203, smc205 and so on", null));
        out.add(v("area_published", "The area's name exactly as the Commission published it", null));
        out.add(v("area_basis", "current: where people live now; adolescent: where they grew up", null));
        out.add(v("period", "The period as published", null));
        out.add(v("period_start, period_end", "First and last year of the period", "Year"));
        out.add(v("period_kind", "year, range, academic-or-financial-year, three-year-average and so on", null));
        out.add(v("dimension_1 to dimension_4", "The breakdowns of the figure: " + dimText, null));
        out.add(v("category_1 to category_4, category_1_label to category_4_label",
                "The group within each breakdown, as a code and in words", null));
        out.add(v("band_scheme, band_rank, band_label",
                "The band the Commission placed an area in (quintile, five or seven groups), where it published one",
                null));
        out.add(v("value", "The figure", unit));
        out.add(v("lci, uci", "Lower and upper limits of the " + Math.round(m.ciLevel() * 100)
                + "% confidence interval, where published", unit));
        out.add(v("sample_size", "Number of people or cases behind the figure, where published", "Count"));
        out.add(v("se", "Standard error, where published", unit));
        out.add(v("unit, unit_label", "The unit as a code and in words", null));
        out.add(v("status", "published, estimated, withheld or not-available", null));
        out.add(v("note", "The Commission's note on the figure", null));
        out.add(v("chart_type", "Which of the Commission's charts the figure belongs to", null));
        out.add(v("source", "The published file and line the figure came from", null));
        return out;
    }

    private static MeasurePage.Variable v(String column, String meaning, String unit) {
        return new MeasurePage.Variable(column, meaning, unit == null ? "No unit" : unit);
    }
}
