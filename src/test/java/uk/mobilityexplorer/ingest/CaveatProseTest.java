package uk.mobilityexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.mobilityexplorer.support.PublishedFiles;

/** Facts carry over from the Commission's pages, prose does not: the texts users see are the project's own. */
class CaveatProseTest {

    /** Eight words in a row is a copied phrase, not a shared fact such as "95% confidence intervals". */
    private static final int RUN = 8;

    @Test
    void noCaveatTextOrCorrectionNoteSharesAnEightWordRunWithThePageSources() throws IOException {
        PublishedFiles.require("caveat prose check");
        Set<String> pageRuns = new HashSet<>();
        try (Stream<Path> pages = Files.walk(PublishedFiles.DIR.resolve("pages"))) {
            for (Path page : pages.filter(Files::isRegularFile).toList()) {
                pageRuns.addAll(runs(Files.readString(page, StandardCharsets.UTF_8)));
            }
        }
        ReferenceData reference = new ReferenceData();
        List<String> ours = new ArrayList<>();
        reference.caveats.forEach(c -> ours.add(c.text()));
        reference.corrections.forEach(c -> ours.add(c.reason()));
        for (String text : ours) {
            assertThat(runs(text)).as(text).doesNotContainAnyElementsOf(pageRuns);
        }
    }

    @Test
    void everyCaveatCodeHasItsOwnText() {
        var caveats = new ReferenceData().caveats;
        assertThat(caveats)
                .extracting(ReferenceData.CaveatInfo::text)
                .doesNotHaveDuplicates()
                .allSatisfy(text -> assertThat(text).isNotBlank());
        assertThat(caveats)
                .extracting(ReferenceData.CaveatInfo::kind)
                .allMatch(k -> Set.of("inset", "warning", "about").contains(k));
    }

    /** Every run of eight consecutive words, lower case, punctuation and markup dropped. */
    private static Set<String> runs(String text) {
        String[] words = text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replaceAll("[^a-z0-9%' ]+", " ")
                .strip()
                .split("\\s+");
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + RUN <= words.length; i++) {
            runs.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + RUN)));
        }
        return runs;
    }
}
