package uk.mobilityexplorer.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read fully into memory, with headers matched without regard to case and every row keeping its line number.
 * Strict UTF-8: a file in another encoding is rejected rather than silently garbled.
 */
public final class CsvTable {

    /** One data row; {@code line} is the physical line where the row starts. */
    public record Row(long line, List<String> values) {}

    private final String name;
    private final List<String> headers;
    private final Map<String, Integer> index;
    private final List<Row> rows;

    private CsvTable(String name, List<String> headers, List<Row> rows) {
        this.name = name;
        this.headers = List.copyOf(headers);
        this.rows = Collections.unmodifiableList(rows);
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            map.putIfAbsent(normalise(headers.get(i)), i);
        }
        this.index = map;
    }

    /** Reads a published data file: a header and at least one data row. */
    public static CsvTable read(Path file, String displayName) {
        CsvTable table;
        try {
            byte[] bytes = Files.readAllBytes(file);
            table = parse(displayName, decode(displayName, bytes));
        } catch (IOException e) {
            throw new ImportException(displayName, "cannot be read: " + e.getMessage());
        }
        if (table.rows.isEmpty()) {
            // Loading it would replace a measure's figures with nothing: a truncated upload, not a real file.
            throw new ImportException(displayName, 2, 1, "file has a header but no data rows");
        }
        return table;
    }

    /** Parses CSV text; a leading byte-order mark is dropped (spreadsheet programs write one). */
    public static CsvTable parse(String displayName, String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (content.isBlank()) {
            throw new ImportException(displayName, 1, 1, "file is empty: a header row is required");
        }
        ImportException quoting = quotingFault(displayName, content);
        if (quoting != null) {
            throw quoting;
        }
        List<Row> rows = new ArrayList<>();
        CsvTable header = scan(displayName, new java.io.StringReader(content), (table, row) -> rows.add(row));
        return new CsvTable(displayName, header.headers, rows);
    }

    /** A table built in memory, numbered as if written to a file with its header on line 1. */
    public static CsvTable of(String displayName, List<String> headers, List<List<String>> rows) {
        List<Row> numbered = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            numbered.add(new Row(i + 2L, rows.get(i)));
        }
        return new CsvTable(displayName, headers, numbered);
    }

    /** Receives each data row of a scanned file, with the table (headers only) to read it by column name. */
    public interface RowHandler {
        void row(CsvTable table, Row row);
    }

    /**
     * Streams a CSV file row by row, so files larger than memory can be loaded.
     * @return the table of headers (with no rows)
     */
    public static CsvTable scan(String displayName, Reader reader, RowHandler handler) {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        CsvTable table = null;
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            long line = 1;
            for (CSVRecord record : parser) {
                List<String> values = new ArrayList<>(record.size());
                record.forEach(v -> values.add(v.strip()));
                if (table == null) {
                    if (!values.isEmpty() && values.get(0).startsWith("\uFEFF")) {
                        values.set(0, values.get(0).substring(1));
                    }
                    table = new CsvTable(displayName, values, List.of());
                } else {
                    if (values.size() != table.headers.size()) {
                        throw new ImportException(
                                displayName,
                                line,
                                Math.min(values.size(), table.headers.size()) + 1,
                                "row has " + values.size() + " fields but the header has " + table.headers.size());
                    }
                    handler.row(table, new Row(line, values));
                }
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            // The reason, not the exception class that wraps it (UncheckedIOException names its cause's class).
            Throwable reason = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            throw new ImportException(displayName, "is not valid CSV or not UTF-8: " + reason.getMessage());
        }
        if (table == null) {
            throw new ImportException(displayName, 1, 1, "file is empty: a header row is required");
        }
        return table;
    }

    /**
     * Where {@code text} breaks the quoting rules, at the line and field where it happens: a quoted field still open at
     * the end of the file, or text after a quoted field's closing quote. Null when every quoted field is well formed.
     * A quote opens a quoted field only at the start of a field; elsewhere it is an ordinary character.
     */
    private static ImportException quotingFault(String displayName, String text) {
        boolean quoted = false;
        boolean fieldStart = true;
        int line = 1;
        int field = 1;
        int openedLine = 0;
        int openedField = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    char next = i + 1 < text.length() ? text.charAt(i + 1) : ',';
                    if (next != ',' && next != '\n' && next != '\r') {
                        return new ImportException(
                                displayName,
                                line,
                                field,
                                "text follows the closing quote of a quoted field (a quote inside a field is "
                                        + "written twice)");
                    }
                } else if (c == '\n') {
                    line++;
                }
                continue;
            }
            if (c == '"' && fieldStart) {
                quoted = true;
                openedLine = line;
                openedField = field;
            } else if (c == ',') {
                field++;
            } else if (c == '\n') {
                line++;
                field = 1;
            }
            fieldStart = c == ',' || c == '\n';
        }
        return quoted
                ? new ImportException(
                        displayName,
                        openedLine,
                        openedField,
                        "quoted field is not closed before the end of the file (truncated?)")
                : null;
    }

    /** A reader that rejects bytes that are not UTF-8 instead of replacing them. */
    public static Reader strictUtf8(java.io.InputStream in) {
        return new java.io.BufferedReader(
                new java.io.InputStreamReader(
                        in,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)),
                1 << 16);
    }

    static String decode(String displayName, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(displayName, "is not UTF-8 text");
        }
    }

    static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }

    public String name() {
        return name;
    }

    public List<String> headers() {
        return headers;
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean has(String column) {
        return index.containsKey(column);
    }

    /** Column position, 1-based, as shown in error messages. */
    public int column(String column) {
        Integer i = index.get(column);
        return i == null ? 0 : i + 1;
    }

    /** The trimmed value of a column, or an empty string where the file has no such column. */
    public String get(Row row, String column) {
        Integer i = index.get(column);
        return i == null ? "" : row.values().get(i);
    }

    public void require(String... columns) {
        for (String column : columns) {
            if (!has(column)) {
                throw new ImportException(name, 1, headers.size() + 1, "missing required column '" + column + "'");
            }
        }
    }
}
