package uk.mobilityexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.mobilityexplorer.support.ApiSpec;

/** The seed loads in one transaction: a bad row anywhere leaves the database exactly as it was. */
class SeedLoaderTest {

    private static final Path FIXTURES = ApiSpec.PROJECT.resolve("src/test/resources/seed-fixtures");

    @Test
    void fullSeedLoadsEveryRow() throws Exception {
        try (Connection c = freshDatabase("good")) {
            int rows = loader(ApiSpec.PROJECT.resolve("seed-data")).load(c);
            assertThat(count(c, "observation"))
                    .isEqualTo(Files.readAllLines(ApiSpec.PROJECT.resolve("seed-data/observations.csv"))
                                    .size()
                            - 1);
            assertThat(rows).isGreaterThan(20_000);
        }
    }

    @Test
    void fixtureSeed_loadsEveryRowOfEveryTable() throws Exception {
        try (Connection c = freshDatabase("fixtures")) {
            loader(FIXTURES).load(c);
            for (SeedTable table : SeedTable.values()) {
                assertThat(count(c, table.table()))
                        .as(table.file())
                        .isEqualTo(Files.readAllLines(FIXTURES.resolve(table.file()))
                                        .size()
                                - 1);
            }
        }
    }

    @Test
    void badLastRow_rollsBackEveryTable(@TempDir Path seed) throws Exception {
        for (SeedTable table : SeedTable.values()) {
            Files.copy(FIXTURES.resolve(table.file()), seed.resolve(table.file()));
        }
        List<String> lines = Files.readAllLines(seed.resolve("observations.csv"));
        String last = lines.get(lines.size() - 1);
        lines.set(lines.size() - 1, last.replaceFirst("^([^,]*),([0-9]+),", "$1,line-$2,"));
        Files.write(seed.resolve("observations.csv"), lines);
        try (Connection c = freshDatabase("bad")) {
            assertThatThrownBy(() -> loader(seed).load(c))
                    .hasMessageStartingWith("observations.csv:" + lines.size() + ":2: 'line-");
            assertThat(count(c, "edition")).isZero();
            assertThat(count(c, "observation")).isZero();
        }
    }

    @Test
    void editionImport_replacesTheEditionWithTheImportedTablesHeldInMemory(@TempDir Path published) throws Exception {
        PublishedTree.create(published);
        PublishedTree.write(
                published,
                "releases/2026-draft/DR41-draft-civic-engagement--full-dataset.csv",
                "ind_code,ind_name,area_type,area_code,area_name,time_period,seb,age,sex,category_type,category,value,"
                        + "sample_size,lci,uci,se,unit,value_note\n"
                        + "DR41,Civic engagement,ITL2,TLH2,Tees Valley and Durham,2025,NA,NA,NA,NA,NA,61.5,NA,NA,NA,NA,"
                        + "Percentage,NA\n");
        var result = new PublishedImporter()
                .importEdition(
                        published,
                        "2026-draft",
                        AreaDirectory.fromPublished(new ReferenceData(), published.resolve("geography")));
        try (Connection c = freshDatabase("replace")) {
            SeedLoader loader = loader(FIXTURES);
            loader.load(c);
            long before = count(c, "observation");
            loader.replaceEdition(c, "2026-draft", SeedTables.from(result));
            try (ResultSet r = c.createStatement()
                    .executeQuery("select area_code, obs_value from observation where edition_id = '2026-draft'")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("TLC1");
                assertThat(r.getBigDecimal(2)).isEqualByComparingTo("61.5");
                assertThat(r.next()).isFalse();
            }
            assertThat(count(c, "observation")).isEqualTo(before - 11);
        }
    }

    private static SeedLoader loader(Path dir) {
        return new SeedLoader(null, new SeedConfig() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public String location() {
                return dir.toString();
            }
        });
    }

    private static Connection freshDatabase(String name) throws Exception {
        String url = "jdbc:h2:mem:loader-" + name + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return DriverManager.getConnection(url, "sa", "");
    }

    private static long count(Connection c, String table) throws Exception {
        try (ResultSet r = c.createStatement().executeQuery("select count(*) from " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
