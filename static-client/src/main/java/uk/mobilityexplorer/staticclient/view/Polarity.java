package uk.mobilityexplorer.staticclient.view;

/** Which way is better for a measure, from its polarity code or the Commission's reverse-polarity flag. */
public enum Polarity {
    HIGHER_BETTER, HIGHER_WORSE, NO_JUDGEMENT;

    /** The API's polarity code; a section's {@code reverse_polarity} flag, when set, decides instead. */
    public static Polarity of(String code, Boolean reversePolarity) {
        if (reversePolarity != null) {
            return reversePolarity ? HIGHER_WORSE : HIGHER_BETTER;
        }
        return switch (code == null ? "" : code) {
            case "higher-better" -> HIGHER_BETTER;
            case "higher-worse" -> HIGHER_WORSE;
            default -> NO_JUDGEMENT;
        };
    }
}
