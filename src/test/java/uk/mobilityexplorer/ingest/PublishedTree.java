package uk.mobilityexplorer.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A tiny published tree for importer tests: one ITL1 region, its ITL2 areas, no SMC areas, one council, empty edition folders. */
final class PublishedTree {

    private PublishedTree() {
    }

    static void create(Path published) throws IOException {
        write(published, "geography/ITL1_JAN_2021_UK_BUC.geojson",
                "{\"features\":[{\"properties\":{\"ITL121CD\":\"TLC\",\"ITL121NM\":\"North East (England)\"}}]}");
        write(published, "geography/ITL2_JAN_2021_UK_BUC.geojson",
                "{\"features\":[{\"properties\":{\"ITL221CD\":\"TLC1\",\"ITL221NM\":\"Tees Valley and Durham\"}}]}");
        write(published, "geography/ITL2_JAN_2025_UK_BUC.geojson",
                "{\"features\":[{\"properties\":{\"ITL225CD\":\"TLC3\",\"ITL225NM\":\"Tees Valley\"}}]}");
        write(published, "geography/smc-areas/203_regions_codes.json", "{\"203_regions\":[]}");
        write(published, "geography/smc-areas/205_regions_codes.json", "{\"205_regions\":[]}");
        String noOutlines = "{\"type\":\"Topology\",\"transform\":{\"scale\":[1,1],\"translate\":[0,0]},"
                + "\"arcs\":[],\"objects\":{\"areas\":{\"type\":\"GeometryCollection\",\"geometries\":[]}}}";
        write(published, "geography/smc-areas/UK203regions-simplify2percent.topojson", noOutlines);
        write(published, "geography/smc-areas/UK205regions-2025.topojson", noOutlines);
        write(published, "geography/local-authority-names.csv", "code,name\nE06000001,Hartlepool\n");
        for (String edition : new String[] {"2023", "2024", "2025", "2026-draft"}) {
            Files.createDirectories(published.resolve("releases").resolve(edition));
        }
    }

    static void write(Path published, String relative, String text) throws IOException {
        Path file = published.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
