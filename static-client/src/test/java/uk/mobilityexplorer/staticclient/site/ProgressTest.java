package uk.mobilityexplorer.staticclient.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProgressTest {

    private static String run(boolean terminal) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), terminal);
        p.stage("Reading");
        for (int i = 0; i < 600; i++) {
            p.page();
        }
        p.stage("Writing");
        p.done("Done");
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutATerminalPrintsPlainLinesAndACounter() {
        assertThat(run(false)).isEqualTo("[1] Reading\n    250 pages written\n    500 pages written\n[2] Writing\nDone\n");
    }

    @Test
    void neverPrintsEscapeCodes() {
        assertThat(run(true)).doesNotContain("\u001b").contains("\r    600 pages written");
        assertThat(run(false)).doesNotContain("\u001b").doesNotContain("\r");
    }
}
