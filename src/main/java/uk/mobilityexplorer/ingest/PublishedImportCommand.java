package uk.mobilityexplorer.ingest;

import java.nio.file.Path;

/**
 * Command-line entry point: {@code PublishedImportCommand <published-dir> <seed-dir>} normalises the Commission's
 * published files into the project's seed data. Exit code 1 and a {@code file:line:column} message on bad input.
 */
public final class PublishedImportCommand {

    private PublishedImportCommand() {}

    public static void main(String[] args) throws Exception {
        System.exit(run(args));
    }

    /** Imports, then writes; on any input problem prints it and returns 1 without touching the seed directory. */
    static int run(String[] args) throws java.io.IOException {
        if (args.length != 2) {
            System.err.println("usage: PublishedImportCommand <published-dir> <seed-dir>");
            return 2;
        }
        try {
            PublishedImporter.Result result = new PublishedImporter().importAll(Path.of(args[0]));
            SeedWriter.write(result, Path.of(args[1]));
            System.out.printf(
                    "Imported %d files, %d observations, %d areas; %d repairs listed in import-report.csv%n",
                    result.datasets().size(),
                    result.observations().size(),
                    result.areas().all().size(),
                    result.report().size());
            var pages = result.presentation();
            System.out.printf(
                    "Read %d page versions (%d sections, %d caveats); %d findings about pages/ listed there%n",
                    pages.pages().size(),
                    pages.sections().size(),
                    pages.caveats().size(),
                    pages.findings().size());
            return 0;
        } catch (ImportException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }
}
