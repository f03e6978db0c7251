package uk.mobilityexplorer.staticclient.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import uk.mobilityexplorer.staticclient.api.model.Unit;

/** Formats figures to a fixed number of decimals, as the Commission publishes them (never significant figures). */
public final class Numbers {

    /** Shown instead of a figure that was not published. */
    public static final String NO_DATA = "No data";

    private Numbers() {
    }

    public static String format(Double value, int decimals) {
        if (value == null || value.isNaN()) {
            return NO_DATA;
        }
        DecimalFormat f = new DecimalFormat(decimals > 0 ? "#,##0." + "0".repeat(decimals) : "#,##0",
                DecimalFormatSymbols.getInstance(Locale.UK));
        // Round the figure as published (17.485 to 17.49), not its nearest binary double (17.48499...).
        String s = f.format(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
        // Rounding can give "-0.0"; a minus sign on zero would read as a real negative figure.
        return s.matches("-0(\\.0+)?") ? s.substring(1) : s;
    }

    /**
     * The figure to its unit's decimals, written as a reader expects it with that unit: 12.3%, £34, £250.4m, €12,
     * 45.2 Mbps, 1.2 percentage points; a bare number where the unit has no short form (its label is shown nearby).
     */
    public static String withUnit(Double value, Unit unit) {
        if (unit == null) {
            return format(value, 1);
        }
        String number = format(value, unit.decimals());
        if (value == null || value.isNaN()) {
            return number;
        }
        String sign = number.startsWith("-") ? "-" : "";
        String magnitude = sign.isEmpty() ? number : number.substring(1);
        return switch (unit.code()) {
            case "percent", "percent-3yr-average" -> number + "%";
            case "gbp", "predicted-gbp", "gbp-vs-national" -> sign + "£" + magnitude;
            case "gbp-millions" -> sign + "£" + magnitude + "m";
            case "gbp-billions" -> sign + "£" + magnitude + "bn";
            case "eur" -> sign + "€" + magnitude;
            case "mbps" -> number + " Mbps";
            case "pp-vs-national" -> number + " percentage points";
            default -> number;
        };
    }

    /** The figure with its unit symbol when the unit has one that reads well after a number ("12.3%"). */
    public static String withUnit(Double value, int decimals, String symbol) {
        String s = format(value, decimals);
        return value == null || symbol == null || symbol.isBlank() ? s : s + symbol;
    }
}
