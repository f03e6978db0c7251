package uk.mobilityexplorer.staticclient.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import uk.mobilityexplorer.staticclient.view.Polarity;

class PaletteTest {

    private static final String BLUE = "#0571b0";
    private static final String RED = "#ca0020";

    @Test
    void quintilesTurnWithPolaritySoTheFavourableEndIsBlue() {
        assertThat(Palette.band("quintile", 5, 5, Polarity.HIGHER_BETTER)).isEqualTo(BLUE);
        assertThat(Palette.band("quintile", 1, 5, Polarity.HIGHER_BETTER)).isEqualTo(RED);
        assertThat(Palette.band("quintile", 1, 5, Polarity.HIGHER_WORSE)).isEqualTo(BLUE);
        assertThat(Palette.band("quintile", 5, 5, Polarity.HIGHER_WORSE)).isEqualTo(RED);
    }

    @Test
    void namedGroupsCountFromLeastFavourableWhateverThePolarity() {
        assertThat(Palette.band("seven-groups", 7, 7, Polarity.HIGHER_WORSE)).isEqualTo("#2166ac");
        assertThat(Palette.band("seven-groups", 1, 7, Polarity.HIGHER_WORSE)).isEqualTo("#b2182b");
    }

    @Test
    void measuresWithoutADirectionGetOneHueRatherThanRedAndBlue() {
        assertThat(Palette.band("quintile", 5, 5, Polarity.NO_JUDGEMENT)).isNotIn(BLUE, RED);
    }
}
