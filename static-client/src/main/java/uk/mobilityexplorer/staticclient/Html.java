package uk.mobilityexplorer.staticclient;

/** Escaping and the shared page shell: no scripts, no external assets, one h1, a skip link. */
final class Html {

    static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;margin:0;color:#0b0c0c;line-height:1.45}
            a{color:#1d70b8}a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}
            .app-skip{position:absolute;left:-999px}.app-skip:focus{left:8px;top:8px}
            header,main,footer{max-width:960px;margin:0 auto;padding:0 16px}
            header{border-bottom:8px solid #1d70b8;padding:12px 16px}
            table{border-collapse:collapse;width:100%;margin:1em 0}th,td{border-bottom:1px solid #b1b4b6;padding:6px 8px;text-align:left}
            td.app-num,th.app-num{text-align:right;font-variant-numeric:tabular-nums}
            svg{max-width:100%;height:auto}.app-bar{fill:#1d70b8}.app-whisker{stroke:#0b0c0c}
            figure{margin:1em 0}.app-scroll{overflow-x:auto}p,li{overflow-wrap:anywhere}
            pre{white-space:pre-wrap;word-break:break-all;background:#f3f2f1;padding:8px}
            @media print{header nav,.app-skip{display:none}a{color:#0b0c0c}}
            """;

    private Html() {
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    static String page(String title, String root, String body, boolean chrome) {
        String header = chrome ? "<a class=\"app-skip\" href=\"#main\">Skip to main content</a><header><nav aria-label=\"Site\">"
                + "<a href=\"" + root + "index.html\">Mobility Explorer</a> · <a href=\"" + root + "measures/index.html\">Measures</a> · "
                + "<a href=\"" + root + "areas/index.html\">Areas</a></nav></header>" : "";
        String footer = "<footer><p>Contains public sector information from the Social Mobility Commission, licensed under the "
                + "<a href=\"https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/\">Open Government Licence v3.0</a>.</p></footer>";
        return "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'\">"
                + "<title>" + esc(title) + " – Mobility Explorer</title><style>" + CSS + "</style></head><body>"
                + header + "<main id=\"main\">" + body + "</main>" + footer + "</body></html>\n";
    }
}
