package uk.mobilityexplorer.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What one file's rows share: its identity, its repairs, and the per-file rules decided by looking at all rows. */
final class FileContext {
    final String edition;
    final String measure;
    final String datasetId;
    final CsvTable table;
    final Map<String, String> population = new TreeMap<>();
    final Set<String> outcomes = new LinkedHashSet<>();
    final Set<String> flagsAsBreakdown = new LinkedHashSet<>();
    final Set<String> seb3 = new LinkedHashSet<>();
    boolean allIsCategory;
    String codeInFile = "";
    String titleInFile = "";
    int excluded;

    private final ReferenceData reference;
    private final List<Repair> repairs;

    FileContext(
            ReferenceData reference,
            List<Repair> repairs,
            String edition,
            String measure,
            String datasetId,
            CsvTable table) {
        this.reference = reference;
        this.repairs = repairs;
        this.edition = edition;
        this.measure = measure;
        this.datasetId = datasetId;
        this.table = table;
    }

    AreaDirectory.Vintage vintage() {
        boolean composite = reference.measures.get(measure).domain().equals("composite-indices");
        if (composite && edition.equals("2024")) {
            return AreaDirectory.Vintage.SMC_203;
        }
        if (composite && !edition.equals("2023")) {
            return AreaDirectory.Vintage.SMC_205;
        }
        return measure.equals("gross-value-added-gva-per-capita")
                ? AreaDirectory.Vintage.ITL2_2025
                : AreaDirectory.Vintage.ITL2_2021;
    }

    void repaired(RepairRule rule, long line, String what) {
        repairs.add(new Repair(rule, table.name(), line, what));
    }

    /** A (type, value) breakdown pair as found in a row, with the columns to blame in error messages. */
    record Pair(String type, String value, int typeColumn, int valueColumn, boolean fixedColumn) {}
}
