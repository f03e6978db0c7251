package uk.mobilityexplorer.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny published tree for importer tests: one ITL1 region, its ITL2 areas, no SMC areas, one council, empty edition
 * folders, and one measure page (civic engagement, 2023).
 */
final class PublishedTree {

    private PublishedTree() {}

    static void create(Path published) throws IOException {
        write(
                published,
                "geography/ITL1_JAN_2021_UK_BUC.geojson",
                "{\"features\":[{\"properties\":{\"ITL121CD\":\"TLC\",\"ITL121NM\":\"North East (England)\"}}]}");
        write(
                published,
                "geography/ITL2_JAN_2021_UK_BUC.geojson",
                "{\"features\":[{\"properties\":{\"ITL221CD\":\"TLC1\",\"ITL221NM\":\"Tees Valley and Durham\"}}]}");
        write(
                published,
                "geography/ITL2_JAN_2025_UK_BUC.geojson",
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
        write(
                published,
                "measures.csv",
                "code,release,title,domain,topic,unit,published_date,edition,status,"
                        + "code_in_file,title_in_file,indicator_slug,rows,schema,file,source_path\n"
                        + "DR41,1.0,Civic engagement,Drivers of social mobility,Social capital and connections,Percent,"
                        + "2023-09-12,2023,published,DR41,Civic engagement," + CIVIC_ENGAGEMENT + ",8,legacy,"
                        + "releases/2023/DR41-1.0-civic-engagement--full-dataset.csv,son/content/son/x.csv\n");
        write(published, PAGE, page(""));
    }

    static final String CIVIC_ENGAGEMENT = "drivers_of_social_mobility/social_capital_and_connections/civic_engagement";
    /** The one measure page of the tree. */
    static final String PAGE = "pages/" + CIVIC_ENGAGEMENT + "/1.0.md";

    /**
     * The civic engagement page: front matter (lines 1-5), a "By year" section whose chart JSON opens on line 12,
     * then {@code extra} (more sections or blocks, from line 24), then "About the data".
     */
    static String page(String extra) {
        return "---\n"
                + "title: Civic engagement\n"
                + "date: 2023-09-12\n"
                + "change_history: First published\n"
                + "---\n"
                + "\n"
                + "## By year\n"
                + "\n"
                + "::: tabs\n"
                + "    ::: tab section_name=\"By year\" tab_name=\"Visualisation\"\n"
                + "        ::: visualisation vis_type=\"chart\" section_name=\"By year\"\n"
                + "            {\n"
                + "                \"title\": \"Civic participation (England, 2013 to 2021)\",\n"
                + "                \"data\": \"1.0/DR41-1.0-civic-engagement--by-year--chart-format.csv\",\n"
                + "                \"scale\": \"%\",\n"
                + "                \"rounding\": \"0dp\"\n"
                + "            }\n"
                + "        :::\n"
                + "    :::\n"
                + ":::\n"
                + "\n"
                + "---\n"
                + "\n"
                + extra
                + "## About the data\n"
                + "\n"
                + "### Data source\n"
                + "Community Life Survey\n"
                + "\n"
                + "### Time period\n"
                + "2013 to 2021\n"
                + "\n"
                + "### Things you need to know\n"
                + "Data is weighted to the population.\n";
    }

    static void write(Path published, String relative, String text) throws IOException {
        Path file = published.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
