package uk.mobilityexplorer.ingest;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    public static final List<String> FILES = Stream.concat(Stream.of(SeedTable.values()).map(SeedTable::file),
            Stream.of(REPORT_FILE, AreaDirectory.AREAS_FILE, AreaDirectory.NAMES_FILE)).toList();

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private SeedWriter() {
    }

    public static void write(PublishedImporter.Result result, Path dir) throws IOException {
        Files.createDirectories(dir);
        SeedTables seed = SeedTables.from(result);
        for (SeedTable table : SeedTable.values()) {
            CsvTable rows = seed.get(table);
            print(dir.resolve(table.file()), rows.headers(), rows.rows().stream().map(CsvTable.Row::values).toList());
        }
        print(dir.resolve(AreaDirectory.AREAS_FILE), SeedTable.AREA.header(), result.areas().areaRows());
        print(dir.resolve(AreaDirectory.NAMES_FILE), AreaDirectory.NAME_COLUMNS, result.areas().nameRows());
        print(dir.resolve(REPORT_FILE), List.of("location", "action"), result.report().stream()
                .map(r -> {
                    int split = r.indexOf(": ");
                    return List.of(r.substring(0, split), r.substring(split + 2));
                }).toList());
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
