package uk.mobilityexplorer.staticclient.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssetsTest {

    private static final String CSS = "@font-face{font-family:GDS Transport;src:url(/assets/fonts/light.woff2)}"
            + "body{font-family:GDS Transport,arial,sans-serif}.govuk-footer__copyright-logo:before"
            + "{background-image:url(/assets/images/govuk-crest.svg)}";

    @Test
    void reservedTypefaceAndCrestAreRemoved_systemFontsUsed() {
        String css = Assets.withoutReservedBranding(CSS);
        assertThat(css).doesNotContain("GDS Transport").doesNotContain("@font-face").doesNotContain("crest")
                .contains("body{font-family:" + Assets.SYSTEM_FONTS + "}");
    }
}
