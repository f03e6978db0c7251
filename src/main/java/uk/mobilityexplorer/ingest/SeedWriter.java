package uk.mobilityexplorer.ingest;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an import result as the project's normalised seed files. Output depends only on the input, so running the
 * importer twice on the same files gives byte-identical seed data.
 */
public final class SeedWriter {

    public static final String REPORT_FILE = "import-report.csv";
    /** Every file a run writes: the seed tables, the import report and the service's copy of the area directory. */
    public static final List<String> FILES = Stream.concat(
                    Stream.of(SeedTable.values()).map(SeedTable::file),
                    Stream.of(REPORT_FILE, AreaDirectory.AREAS_FILE))
            .toList();

    static final List<String> REPORT_COLUMNS = List.of("rule", "rows", "examples", "reason");
    private static final int REPORT_EXAMPLES = 3;
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private SeedWriter() {}

    public static void write(PublishedImporter.Result result, Path dir) throws IOException {
        Files.createDirectories(dir);
        SeedTables seed = SeedTables.from(result);
        for (SeedTable table : SeedTable.values()) {
            CsvTable rows = seed.get(table);
            print(
                    dir.resolve(table.file()),
                    rows.headers(),
                    rows.rows().stream().map(CsvTable.Row::values).toList());
        }
        print(
                dir.resolve(AreaDirectory.AREAS_FILE),
                SeedTable.AREA.header(),
                result.areas().areaRows());
        print(dir.resolve(REPORT_FILE), REPORT_COLUMNS, reportRows(result.repairs()));
    }

    /**
     * One line per repair rule: how many rows it changed and the first few of them, so a reviewer can look; every one
     * for findings about the pages.
     */
    static List<List<String>> reportRows(List<Repair> repairs) {
        return Stream.of(RepairRule.values())
                .map(rule -> {
                    List<Repair> applied =
                            repairs.stream().filter(r -> r.rule() == rule).toList();
                    String examples = applied.stream()
                            .limit(rule.listsEvery() ? applied.size() : REPORT_EXAMPLES)
                            .map(Repair::location)
                            .collect(Collectors.joining(" "));
                    return List.of(rule.ruleName(), Integer.toString(applied.size()), examples, rule.reason());
                })
                .toList();
    }

    private static void print(Path file, List<String> header, List<List<String>> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(w, FORMAT)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
    }
}
