package uk.mobilityexplorer.staticclient.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** Renders the precompiled templates and writes the site's files; every HTML page written counts as progress. */
public final class SiteWriter {

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private final Path out;
    private final Progress progress;

    SiteWriter(Path out, Progress progress) {
        this.out = out;
        this.progress = progress;
    }

    /** A template with one parameter, rendered to text. */
    public static String render(String template, Object model) {
        StringOutput s = new StringOutput();
        TEMPLATES.render(template, model, s);
        return s.toString();
    }

    /** A template with named parameters, rendered to text. */
    public static String render(String template, Map<String, Object> params) {
        StringOutput s = new StringOutput();
        TEMPLATES.render(template, params, s);
        return s.toString();
    }

    void page(String path, String template, Object model) {
        write(path, withoutIndentation(render(template, model)));
    }

    void page(String path, String template, Map<String, Object> params) {
        write(path, withoutIndentation(render(template, params)));
    }

    /**
     * Drops the templates' indentation and trailing spaces: browsers collapse it anyway (no page has multi-line preformatted text), and it
     * is a large share of a page with long tables.
     */
    static String withoutIndentation(String html) {
        return html.replaceAll("[ \t]*\n[ \t]*", "\n");
    }

    void write(String path, String content) {
        try {
            Path file = out.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (path.endsWith(".html")) {
            progress.page();
        }
    }
}
