package uk.mobilityexplorer.staticclient;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headers the static site is served with. Pages carry no script and no inline style, and may be framed by any partner
 * site, so the policy allows only the site's own stylesheets, forbids scripts, plugins and forms, and allows framing
 * from anywhere.
 */
public final class SecurityHeaders {

    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors *";

    static final Map<String, String> ALL = new LinkedHashMap<>();

    static {
        ALL.put("Content-Security-Policy", CSP);
        ALL.put("X-Content-Type-Options", "nosniff");
        ALL.put("Referrer-Policy", "strict-origin-when-cross-origin");
        ALL.put("Cross-Origin-Resource-Policy", "cross-origin");
    }

    private SecurityHeaders() {
    }

    /** The same headers as a Netlify/Cloudflare-style {@code _headers} file for hosts that read one. */
    public static String headersFile() {
        StringBuilder s = new StringBuilder("/*\n");
        ALL.forEach((k, v) -> s.append("  ").append(k).append(": ").append(v).append('\n'));
        return s.toString();
    }
}
