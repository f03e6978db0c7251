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

    /** What one area of the type is, in a few words that read inside brackets ("ITL2 region"). */
    public static String one(String type) {
        return switch (type == null ? "" : type) {
            case "uk" -> "the United Kingdom";
            case "gb" -> "Great Britain";
            case "country" -> "nation";
            case "itl1" -> "ITL1 region";
            case "itl2" -> "ITL2 region";
            case "la" -> "council";
            case "smc203" -> "social mobility area, 2024 edition";
            case "smc205" -> "social mobility area, 2025 edition";
            case "international" -> "country";
            case "historic-nuts2" -> "former NUTS2 region";
            default -> type;
        };
    }
}
