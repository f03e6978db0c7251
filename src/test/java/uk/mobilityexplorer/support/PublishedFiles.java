package uk.mobilityexplorer.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The Commission's published files (-Dsmc.published.dir, default {@code ../shared/smc-data}). Checks that need them
 * are skipped with a message without them, unless the environment says they must be there
 * ({@code SMC_PUBLISHED_REQUIRED=true}, as {@code .ci/run} sets), when their absence fails the build.
 */
public final class PublishedFiles {

    public static final Path DIR = Path.of(System.getProperty("smc.published.dir", "../shared/smc-data"));

    private PublishedFiles() {}

    public static void require(String check) {
        boolean present = Files.isDirectory(DIR.resolve("releases"));
        if (Boolean.parseBoolean(System.getenv("SMC_PUBLISHED_REQUIRED"))) {
            assertThat(present)
                    .as("SMC_PUBLISHED_REQUIRED=true but no published files at " + DIR)
                    .isTrue();
        }
        Assumptions.assumeTrue(present, "Published SMC files not found at " + DIR + "; " + check + " skipped");
    }
}
