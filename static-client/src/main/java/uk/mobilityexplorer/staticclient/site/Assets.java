package uk.mobilityexplorer.staticclient.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The stylesheets: GOV.UK Frontend's compiled CSS, made fit for a service that is not on GOV.UK, and the project's
 * own chart and map styles.
 */
final class Assets {

    /** The system font stack GOV.UK Frontend itself falls back to when its typeface is not loaded. */
    static final String SYSTEM_FONTS = "system-ui,-apple-system,\"Segoe UI\",Roboto,Helvetica,Arial,sans-serif";

    private Assets() {
    }

    static void write(SiteWriter writer) throws IOException {
        writer.write("assets/govuk-frontend.min.css", withoutReservedBranding(read("/assets/govuk-frontend.min.css")));
        writer.write("assets/app.css", read("/assets/app.css"));
    }

    /**
     * The GDS Transport typeface and the royal crest are reserved for GOV.UK: drop the font's {@code @font-face} rules,
     * use the system fonts instead, and blank the crest image the footer style would load.
     */
    static String withoutReservedBranding(String css) {
        return css.replaceAll("@font-face\\{[^}]*}", "")
                .replace("font-family:GDS Transport,arial,sans-serif", "font-family:" + SYSTEM_FONTS)
                .replace("font-family:GDS Transport", "font-family:" + SYSTEM_FONTS)
                .replace("url(/assets/images/govuk-crest.svg)", "none");
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from the build (run the Maven build, which fetches it)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
