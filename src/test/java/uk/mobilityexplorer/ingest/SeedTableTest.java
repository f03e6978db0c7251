package uk.mobilityexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.mobilityexplorer.domain.DatasetStatus;

/** The seed table description agrees with the schema the migrations create, column for column and type for type. */
class SeedTableTest {

    private static final String URL = "jdbc:h2:mem:seed-table-schema;DB_CLOSE_DELAY=-1";

    @BeforeAll
    static void migrate() {
        Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    @ParameterizedTest
    @EnumSource(SeedTable.class)
    void describedColumns_matchTheMigratedTable(SeedTable table) throws Exception {
        Map<String, Integer> migrated = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet r = meta.getColumns(null, null, table.table().toUpperCase(Locale.ROOT), null)) {
                while (r.next()) {
                    migrated.put(r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), r.getInt("DATA_TYPE"));
                }
            }
        }
        assertThat(migrated.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        table.columns().stream().map(SeedTable.Column::sql).toList());
        for (SeedTable.Column column : table.columns()) {
            assertThat(column.type().jdbcTypes())
                    .as(table.table() + "." + column.sql())
                    .contains(migrated.get(column.sql()));
        }
    }

    @Test
    void writerRows_haveOneFieldPerHeaderColumn() {
        SeedObservation observation = new SeedObservation(
                "2025/m/3.0",
                2,
                "K02000001",
                "UK",
                "current",
                "2024",
                2024,
                2024,
                "year",
                "",
                java.util.List.of(),
                "",
                null,
                "",
                java.math.BigDecimal.ONE,
                null,
                null,
                null,
                null,
                "published",
                "percent",
                "%",
                "",
                "trend",
                "");
        SeedDataset dataset = new SeedDataset(
                "2025/m/3.0",
                "2025",
                "m",
                "3.0",
                DatasetStatus.CURRENT,
                "",
                "2025-12-18",
                "",
                "X1",
                "x1",
                "Title",
                "releases/2025/x.csv",
                "abc",
                1,
                0,
                1,
                java.math.BigDecimal.ONE,
                "",
                "");
        assertThat(observation.toCsv()).hasSameSizeAs(SeedTable.OBSERVATION.header());
        assertThat(dataset.toCsv()).hasSameSizeAs(SeedTable.DATASET.header());
    }
}
