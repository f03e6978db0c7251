package uk.mobilityexplorer.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads {@code seed-data/} into an empty database at start-up, in one transaction with batched inserts, so a
 * failed load leaves the database exactly as it was. A database that already holds data is left alone.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    private static final int BATCH = 1000;

    /** How one seed file maps onto one table: CSV column -> SQL column and type ('s' text, 'i' int, 'd' decimal, 'D' date). */
    private record TableSpec(String file, String table, List<String[]> columns) {
    }

    private static final List<TableSpec> TABLES = List.of(
            spec("editions.csv", "edition", "id:id:s", "title:title:s", "status:status:s",
                    "published_on:published_on:D", "ranking_method:ranking_method:s",
                    "ranking_area_type:ranking_area_type:s", "ranking_area_count:ranking_area_count:i",
                    "ranking_group_count:ranking_group_count:i", "ranking_description:ranking_description:s"),
            spec("measures.csv", "measure", "id:id:s", "domain:domain:s", "topic:topic:s", "title:title:s",
                    "polarity:polarity:s", "description:description:s"),
            spec("datasets.csv", "dataset", "id:id:s", "edition:edition_id:s", "measure:measure_id:s",
                    "page_version:page_version:s", "status:status:s", "superseded_by:superseded_by:s",
                    "published_on:published_on:D", "correction_reason:correction_reason:s", "smc_code:smc_code:s",
                    "code_in_file:code_in_file:s", "title_in_file:title_in_file:s", "source_file:source_file:s",
                    "source_sha256:source_sha256:s", "rows_read:rows_read:i", "rows_excluded:rows_excluded:i",
                    "observations:observation_count:i", "value_sum:value_sum:d", "population:population:s",
                    "outcome:outcome:s"),
            spec("areas.csv", "area", "code:code:s", "name:name:s", "type:type:s", "parent_code:parent_code:s",
                    "vintages:vintages:s", "slug:slug:s", "component_codes:component_codes:s"),
            spec("dimensions.csv", "dimension", "code:code:s", "label:label:s", "kind:kind:s",
                    "description:description:s"),
            spec("categories.csv", "category", "dimension:dimension_code:s", "code:code:s", "label:label:s",
                    "sort_order:sort_order:i"),
            spec("units.csv", "unit", "code:code:s", "label:label:s", "decimals:decimals:i"),
            spec("observations.csv", "observation", "#:id:i", "dataset:dataset_id:s", "dataset>edition:edition_id:s",
                    "dataset>measure:measure_id:s", "line:source_line:i", "area_code:area_code:s",
                    "area_published:area_published:s", "area_basis:area_basis:s", "period:period:s",
                    "period_start:period_start:i", "period_end:period_end:i", "period_kind:period_kind:s",
                    "period_window:period_window:s", "dim1:dim1:s", "cat1:cat1:s", "dim2:dim2:s", "cat2:cat2:s",
                    "dim3:dim3:s", "cat3:cat3:s", "dim4:dim4:s", "cat4:cat4:s", "band_scheme:band_scheme:s",
                    "band_rank:band_rank:i", "band_label:band_label:s", "value:obs_value:d", "lci:lci:d",
                    "uci:uci:d", "sample_size:sample_size:d", "se:se:d", "status:status:s", "unit:unit_code:s",
                    "unit_published:unit_published:s", "value_note:value_note:s", "chart_type:chart_type:s",
                    "extras:extras:s"));

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
            LOG.infof("Loaded %d seed rows from %s in %d ms", rows, config.location(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("seed load failed: " + e.getMessage(), e);
        }
    }

    private static boolean hasData(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select count(*) from edition"); ResultSet r = s.executeQuery()) {
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
            for (TableSpec spec : TABLES) {
                total += insert(c, spec, file -> open(config.location(), file), datasetKeys, Set.of(), 1);
            }
            return total;
        });
    }

    /**
     * Replaces one edition's datasets and observations with those of a seed folder written for that edition alone,
     * adding the areas, dimensions and categories the database does not know yet, in one transaction: readers see
     * the old edition until the commit and the new one after it, never a mixture.
     */
    public int replaceEdition(Connection c, String edition, Path seedDir) throws SQLException {
        return inTransaction(c, () -> {
            try (PreparedStatement s = c.prepareStatement("update data_version set version = version + 1 where id = 1")) {
                s.executeUpdate();
            }
            for (String table : List.of("observation", "dataset")) {
                try (PreparedStatement s = c.prepareStatement("delete from " + table + " where edition_id = ?")) {
                    s.setString(1, edition);
                    s.executeUpdate();
                }
            }
            int total = 0;
            Map<String, String[]> datasetKeys = new HashMap<>();
            for (TableSpec spec : TABLES) {
                switch (spec.table()) {
                    case "area", "dimension", "category" -> total += insert(c, spec,
                            file -> open(seedDir.toString(), file), datasetKeys, existingKeys(c, spec), 1);
                    case "dataset" -> total += insert(c, spec, file -> open(seedDir.toString(), file), datasetKeys,
                            Set.of(), 1);
                    case "observation" -> total += insert(c, spec, file -> open(seedDir.toString(), file),
                            datasetKeys, Set.of(), nextObservationId(c));
                    default -> {
                        // Editions, measures and units come from the reference tables, already loaded with the seed.
                    }
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

    /** The key (first column, or the first two for categories) of every row the table already holds. */
    private static Set<String> existingKeys(Connection c, TableSpec spec) throws SQLException {
        int keyColumns = spec.table().equals("category") ? 2 : 1;
        String select = spec.columns().stream().limit(keyColumns).map(col -> col[1]).collect(Collectors.joining(", "));
        Set<String> keys = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("select " + select + " from " + spec.table());
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                keys.add(keyColumns == 1 ? r.getString(1) : r.getString(1) + "|" + r.getString(2));
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

    private interface Source {
        java.io.Reader open(String file) throws IOException;
    }

    /**
     * Inserts one seed file's rows in batches. Rows whose key is in {@code present} are skipped; generated ids
     * ({@code #} columns) count up from {@code firstId}.
     */
    private static int insert(Connection c, TableSpec spec, Source source, Map<String, String[]> datasetKeys,
            Set<String> present, long firstId) throws SQLException {
        String columns = spec.columns().stream().map(col -> col[1]).collect(Collectors.joining(", "));
        String marks = spec.columns().stream().map(col -> "?").collect(Collectors.joining(", "));
        int[] count = {0};
        int[] pending = {0};
        try (java.io.Reader reader = source.open(spec.file()); PreparedStatement s = c.prepareStatement(
                "insert into " + spec.table() + " (" + columns + ") values (" + marks + ")")) {
            CsvTable.scan(spec.file(), reader, (table, row) -> {
                if (count[0] == 0) {
                    for (String[] col : spec.columns()) {
                        String csvColumn = col[0].startsWith("dataset>") ? "dataset" : col[0];
                        if (!csvColumn.equals("#")) {
                            table.require(csvColumn);
                        }
                    }
                }
                if (spec.table().equals("dataset")) {
                    datasetKeys.put(table.get(row, "id"), new String[] {table.get(row, "edition"), table.get(row, "measure")});
                }
                if (!present.isEmpty() && present.contains(key(spec, table, row))) {
                    return;
                }
                count[0]++;
                try {
                    for (int i = 0; i < spec.columns().size(); i++) {
                        bind(s, i + 1, spec.columns().get(i),
                                value(spec.columns().get(i), table, row, firstId + count[0] - 1, datasetKeys), table, row);
                    }
                    s.addBatch();
                    if (++pending[0] == BATCH) {
                        s.executeBatch();
                        pending[0] = 0;
                    }
                } catch (SQLException e) {
                    throw new ImportException(spec.file(), row.line(), 1, "rejected by the database: " + e.getMessage());
                }
            });
            if (pending[0] > 0) {
                s.executeBatch();
            }
        } catch (SQLException e) {
            throw new ImportException(spec.file(), "rejected by the database: " + e.getMessage());
        } catch (IOException e) {
            throw new ImportException(spec.file(), "cannot be read: " + e.getMessage());
        }
        return count[0];
    }

    private static String key(TableSpec spec, CsvTable table, CsvTable.Row row) {
        String first = table.get(row, spec.columns().get(0)[0]);
        return spec.table().equals("category") ? first + "|" + table.get(row, spec.columns().get(1)[0]) : first;
    }

    private static String value(String[] col, CsvTable table, CsvTable.Row row, long id, Map<String, String[]> datasetKeys) {
        if (col[0].equals("#")) {
            return Long.toString(id);
        }
        if (col[0].startsWith("dataset>")) {
            String[] keys = datasetKeys.get(table.get(row, "dataset"));
            if (keys == null) {
                throw new ImportException(table.name(), row.line(), table.column("dataset"),
                        "unknown dataset '" + table.get(row, "dataset") + "'");
            }
            return col[0].endsWith("edition") ? keys[0] : keys[1];
        }
        return table.get(row, col[0]);
    }

    private static void bind(PreparedStatement s, int index, String[] col, String text, CsvTable table,
            CsvTable.Row row) throws SQLException {
        if (text.isEmpty()) {
            s.setNull(index, switch (col[2]) {
                case "i" -> Types.INTEGER;
                case "d" -> Types.DECIMAL;
                case "D" -> Types.DATE;
                default -> Types.VARCHAR;
            });
            return;
        }
        try {
            switch (col[2]) {
                case "i" -> s.setLong(index, Long.parseLong(text));
                case "d" -> s.setBigDecimal(index, new BigDecimal(text));
                case "D" -> s.setObject(index, LocalDate.parse(text));
                default -> s.setString(index, text);
            }
        } catch (RuntimeException e) {
            throw new ImportException(table.name(), row.line(), table.column(col[0]),
                    "'" + text + "' is not a valid " + col[1]);
        }
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

    private static TableSpec spec(String file, String table, String... columns) {
        return new TableSpec(file, table, java.util.Arrays.stream(columns).map(c -> c.split(":")).toList());
    }
}
