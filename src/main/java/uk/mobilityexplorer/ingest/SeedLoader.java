package uk.mobilityexplorer.ingest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Loads {@code seed-data/} into an empty database at start-up, in one transaction with batched inserts, so a
 * failed load leaves the database exactly as it was. A database that already holds data is left alone.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    private static final int BATCH = 1000;
    /**
     * Editions, measures, units and caveat codes come from the reference tables, councils from the geography files and
     * the presentation facts from the page sources: all are loaded with the seed, and an edition upload (CSV files
     * only) leaves them alone.
     */
    private static final Set<SeedTable> REFERENCE_TABLES = EnumSet.of(
            SeedTable.EDITION,
            SeedTable.MEASURE,
            SeedTable.UNIT,
            SeedTable.COUNCIL,
            SeedTable.CAVEAT,
            SeedTable.PRESENTATION_PAGE,
            SeedTable.PRESENTATION_SECTION,
            SeedTable.PRESENTATION_CAVEAT);
    /** Tables an edition shares with the others: an edition import adds only the rows they do not hold yet. */
    private static final Set<SeedTable> SHARED_TABLES =
            EnumSet.of(SeedTable.AREA, SeedTable.AREA_NAME, SeedTable.DIMENSION, SeedTable.CATEGORY);

    private final AgroalDataSource dataSource;
    private final SeedConfig config;

    public SeedLoader(AgroalDataSource dataSource, SeedConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            if (hasData(c)) {
                LOG.info("Database already holds data; seed not loaded");
                return;
            }
            long started = System.nanoTime();
            int rows = load(c);
            LOG.infof(
                    "Loaded %d seed rows from %s in %d ms",
                    rows, config.location(), (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("seed load failed: " + e.getMessage(), e);
        }
    }

    private static boolean hasData(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select count(*) from edition");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1) > 0;
        }
    }

    /** Loads every seed table in one transaction; on any error rolls back and rethrows. */
    public int load(Connection c) throws SQLException {
        return inTransaction(c, () -> {
            int total = 0;
            // Filled while the dataset table loads; observations (loaded later) take their edition and measure from it.
            Map<String, String[]> datasetKeys = new HashMap<>();
            for (SeedTable table : SeedTable.values()) {
                total += insert(c, table, this::scanFile, datasetKeys, Set.of(), 1);
            }
            return total;
        });
    }

    /**
     * Replaces one edition's datasets and observations with the tables imported for that edition alone, adding the
     * areas, dimensions and categories the database does not know yet, in one transaction: readers see the old
     * edition until the commit and the new one after it, never a mixture.
     */
    public int replaceEdition(Connection c, String edition, SeedTables seed) throws SQLException {
        return inTransaction(c, () -> {
            try (PreparedStatement s =
                    c.prepareStatement("update data_version set version = version + 1 where id = 1")) {
                s.executeUpdate();
            }
            for (String delete : List.of(
                    "delete from observation where edition_id = ?", "delete from dataset where edition_id = ?")) {
                try (PreparedStatement s = c.prepareStatement(delete)) {
                    s.setString(1, edition);
                    s.executeUpdate();
                }
            }
            int total = 0;
            Map<String, String[]> datasetKeys = new HashMap<>();
            Source memory =
                    (table, handler) -> seed.get(table).rows().forEach(row -> handler.row(seed.get(table), row));
            for (SeedTable table : SeedTable.values()) {
                if (!REFERENCE_TABLES.contains(table)) {
                    Set<String> present = SHARED_TABLES.contains(table) ? existingKeys(c, table) : Set.of();
                    long firstId = table == SeedTable.OBSERVATION ? nextObservationId(c) : 1;
                    total += insert(c, table, memory, datasetKeys, present, firstId);
                }
            }
            return total;
        });
    }

    private interface Work {
        int run() throws SQLException;
    }

    private static int inTransaction(Connection c, Work work) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            int result = work.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** The natural key of every row the table already holds. */
    private static Set<String> existingKeys(Connection c, SeedTable table) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(table.selectKeysStatement());
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                List<String> key = new ArrayList<>();
                for (int i = 1; i <= table.keyColumns(); i++) {
                    key.add(r.getString(i));
                }
                keys.add(String.join("|", key));
            }
        }
        return keys;
    }

    private static long nextObservationId(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select coalesce(max(id), 0) + 1 from observation");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Hands the loader one table's rows: from seed files, or from an import held in memory. */
    private interface Source {
        void scan(SeedTable table, CsvTable.RowHandler handler) throws IOException;
    }

    private void scanFile(SeedTable table, CsvTable.RowHandler handler) throws IOException {
        try (java.io.Reader reader = open(config.location(), table.file())) {
            CsvTable.scan(table.file(), reader, handler);
        }
    }

    /**
     * Inserts one table's rows in batches. Rows whose key is in {@code present} are skipped; generated ids count up
     * from {@code firstId}.
     */
    private static int insert(
            Connection c,
            SeedTable table,
            Source source,
            Map<String, String[]> datasetKeys,
            Set<String> present,
            long firstId)
            throws SQLException {
        List<SeedTable.Column> columns = table.columns();
        int[] count = {0};
        int[] pending = {0};
        try (PreparedStatement s = c.prepareStatement(table.insertStatement())) {
            source.scan(table, (csv, row) -> {
                if (count[0] == 0) {
                    csv.require(table.header().toArray(String[]::new));
                }
                if (table == SeedTable.DATASET) {
                    datasetKeys.put(
                            csv.get(row, "id"), new String[] {csv.get(row, "edition"), csv.get(row, "measure")});
                }
                if (!present.isEmpty() && present.contains(key(table, csv, row))) {
                    return;
                }
                count[0]++;
                try {
                    for (int i = 0; i < columns.size(); i++) {
                        SeedTable.Column column = columns.get(i);
                        String text = value(column, csv, row, firstId + count[0] - 1, datasetKeys);
                        try {
                            column.type().bind(s, i + 1, text);
                        } catch (RuntimeException e) {
                            throw new ImportException(
                                    csv.name(),
                                    row.line(),
                                    csv.column(column.csv()),
                                    "'" + text + "' is not a valid " + column.sql());
                        }
                    }
                    s.addBatch();
                    if (++pending[0] == BATCH) {
                        s.executeBatch();
                        pending[0] = 0;
                    }
                } catch (SQLException e) {
                    throw new ImportException(
                            table.file(), row.line(), 1, "rejected by the database: " + e.getMessage());
                }
            });
            if (pending[0] > 0) {
                s.executeBatch();
            }
        } catch (SQLException e) {
            throw new ImportException(table.file(), "rejected by the database: " + e.getMessage());
        } catch (IOException e) {
            throw new ImportException(table.file(), "cannot be read: " + e.getMessage());
        }
        return count[0];
    }

    private static String key(SeedTable table, CsvTable csv, CsvTable.Row row) {
        return table.columns().stream()
                .limit(table.keyColumns())
                .map(col -> csv.get(row, col.csv()))
                .collect(Collectors.joining("|"));
    }

    private static String value(
            SeedTable.Column column, CsvTable csv, CsvTable.Row row, long id, Map<String, String[]> datasetKeys) {
        return switch (column.origin()) {
            case CSV -> csv.get(row, column.csv());
            case GENERATED_ID -> Long.toString(id);
            case DATASET_EDITION, DATASET_MEASURE -> {
                String[] keys = datasetKeys.get(csv.get(row, "dataset"));
                if (keys == null) {
                    throw new ImportException(
                            csv.name(),
                            row.line(),
                            csv.column("dataset"),
                            "unknown dataset '" + csv.get(row, "dataset") + "'");
                }
                yield column.origin() == SeedTable.Origin.DATASET_EDITION ? keys[0] : keys[1];
            }
        };
    }

    /** Opens a seed file from {@code classpath:<folder>} or from a folder on disk. */
    private static java.io.Reader open(String location, String file) throws IOException {
        if (location.startsWith("classpath:")) {
            String path = location.substring("classpath:".length()) + "/" + file;
            InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
            if (in == null) {
                throw new ImportException(path, "seed file is missing from the build");
            }
            return CsvTable.strictUtf8(in);
        }
        return CsvTable.strictUtf8(Files.newInputStream(Path.of(location, file)));
    }

    /** The service's copy of the area directory, for matching the area names of uploaded files. */
    public AreaDirectory areaDirectory() throws IOException {
        try (java.io.Reader areas = open(config.location(), AreaDirectory.AREAS_FILE);
                java.io.Reader names = open(config.location(), AreaDirectory.NAMES_FILE)) {
            return AreaDirectory.read(AreaDirectory.AREAS_FILE, areas, AreaDirectory.NAMES_FILE, names);
        }
    }
}
