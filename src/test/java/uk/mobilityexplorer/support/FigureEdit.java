package uk.mobilityexplorer.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Adds 1 to every figure of one area in one edition straight in the database, and takes it off again on close.
 * Published figures never change in place, so only a response computed afresh can show the edit: a test that still
 * gets the old bytes has proved they came from the response cache.
 */
public final class FigureEdit implements AutoCloseable {

    private final DataSource dataSource;
    private final String edition;
    private final String area;

    private FigureEdit(DataSource dataSource, String edition, String area) {
        this.dataSource = dataSource;
        this.edition = edition;
        this.area = area;
    }

    public static FigureEdit behindTheServicesBack(DataSource dataSource, String edition, String area)
            throws SQLException {
        FigureEdit edit = new FigureEdit(dataSource, edition, area);
        edit.add(1);
        return edit;
    }

    @Override
    public void close() throws SQLException {
        add(-1);
    }

    private void add(int amount) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "update observation set obs_value = obs_value + ? where edition_id = ? and area_code = ?")) {
            s.setInt(1, amount);
            s.setString(2, edition);
            s.setString(3, area);
            s.executeUpdate();
        }
    }
}
