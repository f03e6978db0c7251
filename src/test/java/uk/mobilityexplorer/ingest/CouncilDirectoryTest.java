package uk.mobilityexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.mobilityexplorer.support.PublishedFiles;

/** The council directory built from the Commission's and the ONS's published geography files. */
class CouncilDirectoryTest {

    private static CouncilDirectory directory;
    private static Map<String, CouncilDirectory.Council> byCode;

    @BeforeAll
    static void build() {
        PublishedFiles.require("council directory");
        ReferenceData reference = new ReferenceData();
        Path geography = PublishedFiles.DIR.resolve("geography");
        directory =
                CouncilDirectory.fromPublished(reference, AreaDirectory.fromPublished(reference, geography), geography);
        byCode =
                directory.all().stream().collect(Collectors.toMap(CouncilDirectory.Council::code, Function.identity()));
    }

    @Test
    void everyNamedCouncil_hasAnAreaInBothYearsARegionAndANation() {
        assertThat(directory.all()).hasSize(404).allSatisfy(c -> {
            assertThat(c.smc2024()).startsWith("SMC203-");
            assertThat(c.smc2025()).startsWith("SMC205-");
            assertThat(c.itl2().regionCode()).matches("TL[C-N]\\w\\w?");
            assertThat(c.itl2of2025().regionCode()).matches("TL[C-N]\\w\\w?");
            assertThat(c.nation())
                    .isEqualTo(
                            switch (c.code().charAt(0)) {
                                case 'W' -> "W92000004";
                                case 'S' -> "S92000003";
                                case 'N' -> "N92000002";
                                default -> "E92000001";
                            });
        });
    }

    @Test
    void districtOfACountyCouncilArea_belongsToTheCountyArea() {
        var canterbury = byCode.get("E07000106");
        assertThat(canterbury.smcLink()).isEqualTo("listed");
        assertThat(canterbury.smc2024()).isEqualTo("SMC203-kent-county-council");
        assertThat(canterbury.smc2025()).isEqualTo("SMC205-kent");
        assertThat(canterbury.itl2().regionCode()).isEqualTo("TLJ4");
    }

    @Test
    void retiredDistrict_isLinkedThroughItsSuccessor() {
        var carlisle = byCode.get("E07000028");
        assertThat(carlisle.status()).isEqualTo("retired");
        assertThat(carlisle.replacedBy()).containsExactly("E06000063");
        assertThat(carlisle.smcLink()).isEqualTo("through-successor");
        assertThat(carlisle.smc2025()).isEqualTo("SMC205-cumbria");
        assertThat(carlisle.itl2().regionCode()).isEqualTo("TLD1");
    }

    @Test
    void codeNewerThanTheCommissionsLists_isLinkedThroughItsPredecessor() {
        var barnsley = byCode.get("E08000038");
        assertThat(barnsley.status()).isEqualTo("current");
        assertThat(barnsley.smcLink()).isEqualTo("through-predecessor");
        assertThat(barnsley.smc2025())
                .isEqualTo(byCode.get("E08000016").smc2025())
                .isEqualTo("SMC205-barnsley");
        assertThat(byCode.get("E08000016").status()).isEqualTo("retired");
    }

    @Test
    void regionsAcrossTheNations_followTheBoundaries() {
        assertThat(byCode.get("E06000001").itl2().regionCode()).isEqualTo("TLC1");
        assertThat(byCode.get("E09000033").itl2().regionCode()).isEqualTo("TLI3");
        assertThat(byCode.get("W06000015").itl2().regionCode()).isEqualTo("TLL2");
        assertThat(byCode.get("W06000015").itl2of2025().regionCode()).isEqualTo("TLL5");
        assertThat(byCode.get("S12000049").itl2().regionCode()).isEqualTo("TLM8");
        assertThat(byCode.get("S12000049").itl2of2025().regionCode()).isEqualTo("TLM3");
        assertThat(byCode.get("N09000003").itl2().regionCode()).isEqualTo("TLN0");
    }

    @Test
    void twentyTwoCouncils_areLinkedThroughTheCodeHistory() {
        assertThat(directory.all())
                .filteredOn(c -> !c.smcLink().equals("listed"))
                .hasSize(22)
                .allSatisfy(c -> assertThat(c.smcLink()).isIn("through-successor", "through-predecessor"));
    }

    @Test
    void areaSplitBetweenRegions_showsTheShareInsideTheRegionItIsLinkedTo() {
        // North Ayrshire's islands lie in Highlands and Islands, the mainland in Southern Scotland.
        var northAyrshire = byCode.get("S12000021").itl2();
        assertThat(northAyrshire.regionCode()).isEqualTo("TLM9");
        assertThat(northAyrshire.share()).isBetween(0.4, 0.7);
        assertThat(byCode.get("E07000106").itl2().share()).isGreaterThan(0.95);
    }
}
