package uk.mobilityexplorer.api.v1;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.mobilityexplorer.domain.Edition;
import uk.mobilityexplorer.domain.EditionDownloadService;
import uk.mobilityexplorer.domain.Measure;
import uk.mobilityexplorer.domain.Observation;

/**
 * One edition's observations as a single CSV, written while it is read: the measure's columns first, then exactly the
 * columns of a measure's own CSV, so a file from either joins with the other. Rows come in load order, which keeps
 * each measure's rows together in the order of its published file.
 */
@ApplicationScoped
public class EditionDownload {

    public static final List<String> HEADER = header();

    private final EditionDownloadService download;
    private final ObservationMapper mapper;

    public EditionDownload(EditionDownloadService download, ObservationMapper mapper) {
        this.download = download;
        this.mapper = mapper;
    }

    /** Identifies this download's content for ETags: the edition and the data version. */
    public String version(Edition edition) {
        return "edition-" + download.version(edition);
    }

    /** The CSV body, gzip-compressed when {@code gzip}. */
    public StreamingOutput csv(Edition edition, boolean gzip) {
        return out -> {
            OutputStream target = gzip ? new GZIPOutputStream(out, 1 << 16) : out;
            var printer = new CSVPrinter(
                    new OutputStreamWriter(target, StandardCharsets.UTF_8),
                    CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
            printer.printRecord(HEADER);
            download.forEachBatch(edition, (rows, measures) -> {
                for (Observation o : rows) {
                    Measure measure = measures.get(o.measureId);
                    List<Object> row = new ArrayList<>(HEADER.size());
                    row.add(measure.id);
                    row.add(measure.title);
                    row.add(edition.id);
                    row.addAll(mapper.toCsv(mapper.toDto(o)));
                    printer.printRecord(row);
                }
                printer.flush();
            });
            // The HTTP layer closes the response stream; gzip's trailer must be written before it does.
            printer.flush();
            if (target instanceof GZIPOutputStream zipped) {
                zipped.finish();
            }
        };
    }

    private static List<String> header() {
        List<String> columns = new ArrayList<>(List.of("measure", "measure_title", "edition"));
        columns.addAll(ObservationMapper.CSV_HEADER);
        return List.copyOf(columns);
    }
}
