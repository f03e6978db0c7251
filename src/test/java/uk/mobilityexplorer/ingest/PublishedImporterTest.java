package uk.mobilityexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.mobilityexplorer.domain.DatasetStatus;

/** The importer on a tiny published tree: good rows are normalised, every kind of bad file stops with file:line:column. */
class PublishedImporterTest {

    private static final String HEADER =
            "\"Ind_code\",\"Ind_name\",\"Area_type\",\"Area_code\",\"Area_name\",\"Time_period\","
                    + "\"SEB\",\"Age\",\"Sex\",\"Category_type\",\"Category\",\"Value\",\"Sample_size\",\"LCI\",\"UCI\",\"SE\",\"Unit\",\"Value_note\"\n";
    private static final String FILE = "releases/2023/DR11-1.0-distribution-of-earnings--full-dataset.csv";

    @TempDir
    Path published;

    @BeforeEach
    void tinyPublishedTree() throws IOException {
        PublishedTree.create(published);
    }

    @Test
    void areasAreMatchedByNameWhateverCodeTheFileGives() throws IOException {
        write(FILE, HEADER + row("TLH2", "Tees Valley and Durham", "3.5") + row("K02000001", "UK", "3.6"));
        var result = new PublishedImporter().importAll(published);
        assertThat(result.observations()).extracting(SeedObservation::areaCode).containsExactly("TLC1", "K02000001");
        assertThat(result.datasets().get(0).status()).isEqualTo(DatasetStatus.CURRENT);
    }

    @Test
    void unknownAreaName_stopsWithFileLineAndColumn() throws IOException {
        write(FILE, HEADER + row("TLC1", "Tees Valley and Durham", "3.5") + row("TLC1", "Atlantis", "3.6"));
        assertThatThrownBy(() -> new PublishedImporter().importAll(published))
                .hasMessage(FILE + ":3:5: unknown area name 'Atlantis'");
    }

    @Test
    void unparseableNumber_stopsWithFileLineAndColumn() throws IOException {
        write(FILE, HEADER + row("TLC1", "Tees Valley and Durham", "three"));
        assertThatThrownBy(() -> new PublishedImporter().importAll(published))
                .hasMessage(FILE + ":2:12: 'three' is not a number");
    }

    @Test
    void numberWithMoreDigitsThanAreKept_stopsWithFileLineAndColumn() throws IOException {
        write(FILE, HEADER + row("TLC1", "Tees Valley and Durham", "9".repeat(19)));
        assertThatThrownBy(() -> new PublishedImporter().importAll(published))
                .hasMessage(FILE + ":2:12: '" + "9".repeat(19)
                        + "' has more digits than are kept (18 before the decimal point, 20 after)");
    }

    @Test
    void categoryLongerThanIsKept_stopsWithFileLineAndColumn() throws IOException {
        String category = "c".repeat(121);
        write(
                FILE,
                HEADER
                        + row("TLC1", "Tees Valley and Durham", "3.5")
                                .replace("\"Total\",NA,NA,", "\"Female\",\"Ethnicity\",\"" + category + "\","));
        assertThatThrownBy(() -> new PublishedImporter().importAll(published))
                .hasMessage(FILE + ":2:11: category is 121 characters long; at most 120 are kept");
    }

    @Test
    void textAfterTheClosingQuoteOfAField_stopsWithFileLineAndColumn() throws IOException {
        write(FILE, HEADER + row("TLC1", "Tees Valley and Durham", "3.5").replace("\"2020\"", "\"2020\"x"));
        assertThatThrownBy(() -> new PublishedImporter().importAll(published))
                .hasMessage(FILE + ":2:6: text follows the closing quote of a quoted field (a quote inside a field "
                        + "is written twice)");
    }

    @Test
    void nulCharacterInAField_stopsWithFileLineAndColumn() throws IOException {
        write(FILE, HEADER + row("TLC1", "Tees Valley and Durham", "3.5").replace(",NA\n", ",see\u0000note\n"));
        assertThatThrownBy(() -> new PublishedImporter().importAll(published))
                .hasMessage(FILE + ":2:18: field holds a NUL character (byte 0)");
    }

    @Test
    void quoteInsideAnUnquotedField_isAnOrdinaryCharacter() throws IOException {
        write(FILE, HEADER + row("TLC1", "Tees Valley and Durham", "3.5").replace(",NA\n", ",see \"note\"\n"));
        var result = new PublishedImporter().importAll(published);
        assertThat(result.observations()).extracting(SeedObservation::valueNote).containsExactly("see \"note\"");
    }

    @Test
    void missingColumn_stopsNamingIt() throws IOException {
        write(FILE, HEADER.replace(",\"Value\"", "") + "\"DR11\"\n");
        assertThatThrownBy(() -> new PublishedImporter().importAll(published))
                .hasMessageContaining(FILE + ":2:")
                .hasMessageContaining("fields");
        write(FILE, HEADER.replace(",\"Value\"", ",\"Worth\"") + row("TLC1", "Tees Valley and Durham", "3.5"));
        assertThatThrownBy(() -> new PublishedImporter().importAll(published))
                .hasMessage(FILE + ":1:19: missing required column 'value'");
    }

    @Test
    void headerOnlyFile_stopsRatherThanEmptyingTheMeasure() throws IOException {
        write(FILE, HEADER);
        assertThatThrownBy(() -> new PublishedImporter().importAll(published))
                .hasMessage(FILE + ":2:1: file has a header but no data rows");
    }

    @Test
    void duplicateKeyWithDifferentFigures_stops() throws IOException {
        write(
                FILE,
                HEADER + row("TLC1", "Tees Valley and Durham", "3.5") + row("TLC1", "Tees Valley and Durham", "3.9"));
        assertThatThrownBy(() -> new PublishedImporter().importAll(published))
                .hasMessageStartingWith(FILE + ":3:12: duplicate key");
    }

    @Test
    void exactDuplicateRows_areDroppedAndReported() throws IOException {
        write(
                FILE,
                HEADER + row("TLC1", "Tees Valley and Durham", "3.5") + row("TLC1", "Tees Valley and Durham", "3.5"));
        var result = new PublishedImporter().importAll(published);
        assertThat(result.observations()).hasSize(1);
        assertThat(result.datasets().get(0).rowsExcluded()).isEqualTo(1);
        assertThat(result.report()).containsExactly(FILE + ":3: exact duplicate of an earlier row dropped");
    }

    @Test
    void textThatIsNotUtf8_isRejected() throws IOException {
        write(FILE, "");
        Files.write(
                published.resolve(FILE),
                (HEADER + row("TLC1", "Tees Valley and Durham", "3.5"))
                        .replace("Tees", "T\u00e9es")
                        .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> new PublishedImporter().importAll(published)).hasMessage(FILE + ": is not UTF-8 text");
    }

    @Test
    void failedImport_leavesTheSeedDirectoryUntouched(@TempDir Path seed) throws IOException {
        Files.writeString(seed.resolve("observations.csv"), "previous data\n");
        write(FILE, HEADER + row("TLC1", "Atlantis", "3.5"));
        int exit = PublishedImportCommand.run(new String[] {published.toString(), seed.toString()});
        assertThat(exit).isEqualTo(1);
        assertThat(Files.readString(seed.resolve("observations.csv"))).isEqualTo("previous data\n");
        try (var files = Files.list(seed)) {
            assertThat(files).hasSize(1);
        }
    }

    private static String row(String code, String area, String value) {
        return "\"DR11\",\"Distribution of earnings\",\"ITL2\",\"" + code + "\",\"" + area
                + "\",\"2020\",NA,NA,\"Total\",NA,NA," + value + ",NA,NA,NA,NA,\"Ratio\",NA\n";
    }

    private void write(String relative, String text) throws IOException {
        PublishedTree.write(published, relative, text);
    }
}
