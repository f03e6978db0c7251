package uk.mobilityexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** The draft edition's figures as the database holds them, to tell whether an import changed anything. */
final class DraftFigures {

    private DraftFigures() {}

    /** Per dataset: its stated count, the rows counted, the sum of values and the sum of source line numbers. */
    static String in(DataSource dataSource) throws SQLException {
        StringBuilder figures = new StringBuilder();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select d.id, d.observation_count, count(o.id), sum(o.obs_value), "
                        + "sum(o.source_line) from dataset d left join observation o on o.dataset_id = d.id "
                        + "where d.edition_id = '2026-draft' group by d.id, d.observation_count order by d.id")) {
            while (r.next()) {
                figures.append(r.getString(1))
                        .append(' ')
                        .append(r.getLong(2))
                        .append(' ')
                        .append(r.getLong(3));
                figures.append(' ')
                        .append(
                                r.getBigDecimal(4) == null
                                        ? "-"
                                        : r.getBigDecimal(4)
                                                .stripTrailingZeros()
                                                .toPlainString());
                figures.append(' ').append(r.getLong(5)).append('\n');
            }
        }
        assertThat(figures).as("draft datasets").isNotEmpty();
        return figures.toString();
    }
}
