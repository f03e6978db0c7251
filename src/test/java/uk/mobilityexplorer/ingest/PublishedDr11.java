package uk.mobilityexplorer.ingest;

import java.nio.file.Files;
import java.util.List;
import uk.mobilityexplorer.support.ApiSpec;

/** A published DR11 file (family A) of any length, for uploads: one ITL2 region after another, 2,000 years each. */
final class PublishedDr11 {

    static final String HEADER = "\"Ind_code\",\"Ind_name\",\"Area_type\",\"Area_code\",\"Area_name\","
            + "\"Time_period\",\"SEB\",\"Age\",\"Sex\",\"Category_type\",\"Category\",\"Value\",\"Sample_size\",\"LCI\","
            + "\"UCI\",\"SE\",\"Unit\",\"Value_note\"\n";

    private static final List<String> ITL2_NAMES = itl2Names();

    private PublishedDr11() {}

    /** {@code count} distinct rows, every value the same. */
    static String rows(int count, String value) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < count; i++) {
            csv.append(row(i, value));
        }
        return csv.toString();
    }

    /** Row {@code i}: 2,000 years per ITL2 region, region after region. */
    static String row(int i, String value) {
        return "\"DR11\",\"Distribution of earnings\",\"ITL2\",\"X\",\"" + ITL2_NAMES.get(i / 2000) + "\",\""
                + (1000 + i % 2000) + "\",NA,NA,\"Total\",NA,NA," + value + ",NA,NA,NA,NA,\"Ratio\",NA\n";
    }

    private static List<String> itl2Names() {
        try {
            return Files.readAllLines(ApiSpec.PROJECT.resolve("seed-data/area-names.csv")).stream()
                    .map(line -> line.split(","))
                    .filter(cells -> cells[0].equals("GENERAL") && cells.length == 3 && cells[2].matches("TL[C-N]\\d"))
                    .map(cells -> cells[1])
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
