package uk.mobilityexplorer.staticclient.view;

/** Plain names for the API's area type codes. */
public final class AreaTypes {

    private AreaTypes() {
    }

    public static String label(String type) {
        return switch (type == null ? "" : type) {
            case "uk" -> "United Kingdom";
            case "gb" -> "Great Britain";
            case "country" -> "Nations of the UK";
            case "itl1" -> "English regions and the nations (ITL1)";
            case "itl2" -> "Regions (ITL2, 41 areas)";
            case "la" -> "Local authorities";
            case "smc203" -> "Social mobility areas (203 areas, 2024 edition)";
            case "smc205" -> "Social mobility areas (205 areas, 2025 edition)";
            case "international" -> "Other countries";
            case "historic-nuts2" -> "Former NUTS2 regions";
            default -> type;
        };
    }
}
