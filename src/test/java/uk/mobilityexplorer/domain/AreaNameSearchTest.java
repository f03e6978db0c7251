package uk.mobilityexplorer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.mobilityexplorer.domain.AreaNameSearch.Entry;
import uk.mobilityexplorer.domain.AreaNameSearch.Match;
import uk.mobilityexplorer.domain.AreaNameSearch.MatchKind;
import uk.mobilityexplorer.support.PublishedFiles;

class AreaNameSearchTest {

    private static Entry entry(String code, String name, String type, String... aliases) {
        return new Entry(code, name, type, List.of(aliases), false);
    }

    private static final AreaNameSearch FIXTURE = new AreaNameSearch(List.of(
            entry("W06000001", "Isle of Anglesey", "council", "Ynys Môn"),
            entry("E07000146", "King's Lynn and West Norfolk", "council"),
            entry("E06000004", "Stockton-on-Tees", "council"),
            entry("E06000043", "Brighton and Hove", "council"),
            entry("E06000014", "York", "council"),
            entry("TLE", "Yorkshire and The Humber", "itl1", "Yorks and Humber"),
            entry("TLE2", "North Yorkshire", "itl2"),
            entry("E09000033", "Westminster", "council"),
            entry("TLG", "West Midlands (England)", "itl1", "West Midlands"),
            entry("TLD", "North West (England)", "itl1"),
            entry("TLC2", "Northumberland, and Tyne and Wear", "itl2", "Northumberland and Tyne and Wear"),
            new Entry("E08000016", "Barnsley", "council", List.of(), true),
            entry("E08000038", "Barnsley", "council")));

    private static List<String> codes(String query) {
        return FIXTURE.search(query, 10).stream().map(m -> m.entry().code()).toList();
    }

    @Nested
    class Normalising {
        @Test
        void caseAccentsApostrophesAndPunctuation_doNotMatter() {
            assertThat(AreaNameSearch.normalise("  King’s LYNN & West-Norfolk, Ynys Môn!"))
                    .isEqualTo("kings lynn and west norfolk ynys mon");
        }

        @Test
        void queryWrittenDifferently_findsTheSameArea() {
            assertThat(codes("kings lynn")).containsExactly("E07000146");
            assertThat(codes("KING'S-LYNN")).containsExactly("E07000146");
            assertThat(codes("stockton on tees")).containsExactly("E06000004");
            assertThat(codes("Brighton & Hove")).containsExactly("E06000043");
        }

        @Test
        void queryWithoutLettersOrDigits_findsNothing() {
            assertThat(FIXTURE.search(" ,.- ", 10)).isEmpty();
        }
    }

    @Nested
    class Ranking {
        @Test
        void wholeName_beforeStartOfName_beforeStartOfAWord() {
            assertThat(FIXTURE.search("york", 10))
                    .extracting(m -> m.entry().code(), Match::kind)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("E06000014", MatchKind.NAME),
                            org.assertj.core.groups.Tuple.tuple("TLE", MatchKind.NAME_PREFIX),
                            org.assertj.core.groups.Tuple.tuple("TLE2", MatchKind.WORD_PREFIX));
        }

        @Test
        void sameKindOfMatch_shorterNameFirst() {
            assertThat(codes("west")).containsExactly("E09000033", "TLG", "TLD", "E07000146");
        }

        @Test
        void everyTypedWord_mustStartAWordOfTheName() {
            assertThat(codes("tyne wear")).containsExactly("TLC2");
            assertThat(codes("tyne west")).isEmpty();
            assertThat(codes("west west")).isEmpty();
        }

        @Test
        void otherName_matchesBelowTheOfficialNames() {
            assertThat(FIXTURE.search("ynys mon", 10)).singleElement().satisfies(m -> {
                assertThat(m.entry().code()).isEqualTo("W06000001");
                assertThat(m.kind()).isEqualTo(MatchKind.ALIAS);
                assertThat(m.matchedName()).isEqualTo("Ynys Môn");
            });
        }

        @Test
        void code_matchesFirstInAnyCase() {
            assertThat(FIXTURE.search("e06000014", 10))
                    .first()
                    .extracting(Match::kind)
                    .isEqualTo(MatchKind.CODE);
        }

        @Test
        void retiredCode_comesAfterTheCurrentOneOfTheSameName() {
            assertThat(codes("barnsley")).containsExactly("E08000038", "E08000016");
        }

        @Test
        void type_keepsMatchesOfThatTypeOnly() {
            assertThat(FIXTURE.search("york", "ITL2", 10))
                    .extracting(m -> m.entry().code())
                    .containsExactly("TLE2");
        }

        @Test
        void limit_capsTheMatches() {
            assertThat(FIXTURE.search("w", 2)).hasSize(2);
        }
    }

    /**
     * The ONS list of every UK council (needs the Commission's files: skipped without them, failed when
     * {@code SMC_PUBLISHED_REQUIRED=true}).
     */
    @Nested
    class EveryCouncil {
        private static final Path NAMES = PublishedFiles.DIR.resolve("geography/local-authority-names.csv");

        private List<CSVRecord> councils() throws IOException {
            PublishedFiles.require("search for every council's official name");
            try (var reader = Files.newBufferedReader(NAMES)) {
                return CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(reader)
                        .getRecords();
            }
        }

        private AreaNameSearch search(List<CSVRecord> councils) {
            List<Entry> entries = new ArrayList<>();
            councils.forEach(r -> entries.add(entry(r.get("code"), r.get("name"), "council")));
            return new AreaNameSearch(entries);
        }

        @Test
        void everyCouncil_isAmongTheWholeNameMatchesForItsOfficialName() throws IOException {
            var councils = councils();
            var search = search(councils);
            assertThat(councils)
                    .hasSize(404)
                    .allSatisfy(r -> assertThat(search.search(r.get("name"), 5))
                            .filteredOn(m -> m.kind() == MatchKind.NAME)
                            .extracting(m -> m.entry().code())
                            .contains(r.get("code")));
        }

        @Test
        void everyCouncil_isTheFirstMatchForItsCode() throws IOException {
            var councils = councils();
            var search = search(councils);
            assertThat(councils)
                    .allSatisfy(r -> assertThat(search.search(r.get("code"), 1))
                            .extracting(m -> m.entry().code())
                            .containsExactly(r.get("code")));
        }
    }
}
