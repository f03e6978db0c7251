package uk.mobilityexplorer.ingest;

/**
 * The documented repairs the importer makes to published rows. Each has a stable name and the reason it is safe;
 * the import report counts the rows each one changed, with examples.
 */
public enum RepairRule {

    BLANK_ROW("blank-row", true,
            "A row with every field empty holds no figure, so it is skipped."),
    EXACT_DUPLICATE_ROW("exact-duplicate-row", true,
            "A row repeated field for field would count one figure twice, so the later copy is dropped."),
    REPEATED_FIGURES("repeated-figures", true,
            "A row with the same key and the same figures as an earlier row under another label is the same "
                    + "estimate, so the later one is dropped."),
    YEAR_IN_SEB_COLUMN("year-in-seb-column", false,
            "Two 2023 files put the year in the socio-economic background column; it is read as the period."),
    VALUE_IN_BREAKDOWN_COLUMN("value-in-breakdown-column", false,
            "Some composite-index rows leave the value empty and carry the figure in a breakdown column; the "
                    + "figure is read from there."),
    UNNAMED_ETHNIC_GROUP("unnamed-ethnic-group", false,
            "The 2024 attainment-at-16 file wrote 'Total' in place of some ethnic groups' names; those rows are "
                    + "kept as a group the file does not name, not as totals."),
    SWAPPED_QUINTILE("swapped-quintile", false,
            "One 2024 file swaps the quintile and the qualification on its regional rows; they are put back."),
    UNNAMED_REGION("unnamed-region", false,
            "Rows that name no region, or a region no boundary set holds, keep the area as published with no code.");

    private final String ruleName;
    private final boolean dropsRow;
    private final String reason;

    RepairRule(String ruleName, boolean dropsRow, String reason) {
        this.ruleName = ruleName;
        this.dropsRow = dropsRow;
        this.reason = reason;
    }

    /** The name the import report uses. */
    public String ruleName() {
        return ruleName;
    }

    /** Whether the repaired row is left out of the observations (and counted in the dataset's rows_excluded). */
    public boolean dropsRow() {
        return dropsRow;
    }

    public String reason() {
        return reason;
    }
}
