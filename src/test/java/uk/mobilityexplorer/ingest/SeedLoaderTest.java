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

    @Test
    void fullSeedLoadsEveryRow() throws Exception {
        try (Connection c = freshDatabase("good")) {
            int rows = loader(ApiSpec.PROJECT.resolve("seed-data")).load(c);
            assertThat(count(c, "observation")).isEqualTo(Files.readAllLines(ApiSpec.PROJECT.resolve("seed-data/observations.csv")).size() - 1);
            assertThat(rows).isGreaterThan(20_000);
        }
    }

    @Test
    void badLastRow_rollsBackEveryTable(@TempDir Path seed) throws Exception {
        for (String file : SeedWriter.FILES) {
            Files.copy(ApiSpec.PROJECT.resolve("seed-data").resolve(file), seed.resolve(file));
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
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        return DriverManager.getConnection(url, "sa", "");
    }

    private static long count(Connection c, String table) throws Exception {
        try (ResultSet r = c.createStatement().executeQuery("select count(*) from " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
