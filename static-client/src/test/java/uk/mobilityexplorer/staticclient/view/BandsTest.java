package uk.mobilityexplorer.staticclient.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import uk.mobilityexplorer.staticclient.api.model.Band;

class BandsTest {

    @Test
    void quintileMeaningNamesTheMeasureAndWhichEndIsFavourable() {
        assertThat(Bands.meaning(new Band("quintile", 5, "Quintile 5"), Polarity.HIGHER_WORSE, "Youth unemployment"))
                .isEqualTo("Quintile 5: the highest fifth of areas on youth unemployment, least favourable");
        assertThat(Bands.meaning(new Band("quintile", 5, "Quintile 5"), Polarity.HIGHER_BETTER, "Broadband speed"))
                .endsWith("most favourable");
        assertThat(Bands.meaning(new Band("quintile", 3, "Quintile 3"), Polarity.HIGHER_BETTER, "Broadband speed"))
                .doesNotContain("favourable");
    }

    @Test
    void namedGroupsKeepTheirLabelAndPlace() {
        assertThat(Bands.meaning(new Band("seven-groups", 2, "Unfavourable"), Polarity.HIGHER_BETTER, "Innovation"))
                .isEqualTo("Unfavourable: group 2 of 7, counted from the least favourable");
    }
}
