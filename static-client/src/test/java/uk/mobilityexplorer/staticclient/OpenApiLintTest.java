package uk.mobilityexplorer.staticclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class OpenApiLintTest {

    @Test
    void committedContractLintsClean() throws Exception {
        Path redocly = Path.of("node_modules/.bin/redocly");
        assertTrue(Files.exists(redocly), "@redocly/cli is installed by the build (npm install); not found");
        Process p = new ProcessBuilder(redocly.toString(), "lint", "../openapi/openapi.yaml", "--config",
                "../openapi/redocly.yaml").inheritIO().start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "redocly lint found problems in openapi/openapi.yaml");
    }
}
