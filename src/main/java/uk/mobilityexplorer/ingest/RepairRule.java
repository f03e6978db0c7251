package uk.mobilityexplorer.ingest;

/**
 * The documented repairs the importer makes to published rows, and what it found in the page sources. Each has a
 * stable name and the reason it is safe; the import report counts the rows each one changed, with examples.
 */
public enum RepairRule {
    BLANK_ROW("blank-row", true, "A row with every field empty holds no figure, so it is skipped."),
    EXACT_DUPLICATE_ROW(
            "exact-duplicate-row",
            true,
            "A row repeated field for field would count one figure twice, so the later copy is dropped."),
    REPEATED_FIGURES(
            "repeated-figures",
            true,
            "A row with the same key and the same figures as an earlier row under another label is the same "
                    + "estimate, so the later one is dropped."),
    YEAR_IN_SEB_COLUMN(
            "year-in-seb-column",
            false,
            "Two 2023 files put the year in the socio-economic background column; it is read as the period, and "
                    + "'Average' there marks the average of the years the period column names."),
    VALUE_IN_BREAKDOWN_COLUMN(
            "value-in-breakdown-column",
            false,
            "Some composite-index rows leave the value empty and carry the figure in a breakdown column; the "
                    + "figure is read from there."),
    UNNAMED_ETHNIC_GROUP(
            "unnamed-ethnic-group",
            false,
            "The 2024 attainment-at-16 file wrote 'Total' in place of some ethnic groups' names; those rows are "
                    + "kept as a group the file does not name, not as totals."),
    SWAPPED_QUINTILE(
            "swapped-quintile",
            false,
            "One 2024 file swaps the quintile and the qualification on its regional rows; they are put back."),
    UNNAMED_REGION(
            "unnamed-region",
            false,
            "Rows that name no region, or a region no boundary set holds, keep the area as published with no code."),
    NOT_A_MEASURE_PAGE(
            "not-a-measure-page",
            "Files under pages/ that are no measure's page version in measures.csv (domain and area pages, the "
                    + "methodology page, index pages, and page stubs with no data file) describe no measure; skipped."),
    UNCLASSIFIED_CAVEAT(
            "unclassified-caveat",
            "A caveat block on a page matching no code of reference/caveats.csv is not served: add a code for it."),
    SECTION_WITHOUT_VISUALISATION(
            "section-without-visualisation",
            "A page section with a data table but no chart or map is served as a table, with the table's title.");

    private final String ruleName;
    private final boolean dropsRow;
    private final String reason;
    private final boolean aboutPages;

    RepairRule(String ruleName, boolean dropsRow, String reason) {
        this.ruleName = ruleName;
        this.dropsRow = dropsRow;
        this.reason = reason;
        this.aboutPages = false;
    }

    /** A finding about the Commission's page sources rather than a change to a row. */
    RepairRule(String ruleName, String reason) {
        this.ruleName = ruleName;
        this.dropsRow = false;
        this.reason = reason;
        this.aboutPages = true;
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

    /** Page findings are few and each needs a look, so the report lists them all, not a few examples. */
    public boolean listsEvery() {
        return aboutPages;
    }
}
