package uk.mobilityexplorer.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One import at a time across replicas sharing a PostgreSQL database: a session advisory lock, taken without waiting
 * (a second import is refused, not queued) and released when the import ends or its process dies. The embedded H2
 * database is opened by one process only, where the importer's own lock suffices.
 */
final class ReplicaImportLock implements AutoCloseable {

    /** Arbitrary but fixed: the advisory lock key every replica uses for imports. */
    static final long KEY = 0x4d6f62496d706f72L;

    private final Connection connection;

    private ReplicaImportLock(Connection connection) {
        this.connection = connection;
    }

    static ReplicaImportLock acquire(Connection connection) throws SQLException {
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return new ReplicaImportLock(null);
        }
        try (PreparedStatement s = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            s.setLong(1, KEY);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                if (!r.getBoolean(1)) {
                    throw new ImportConflictException("Another replica is importing; try again when it has finished.");
                }
            }
        }
        return new ReplicaImportLock(connection);
    }

    @Override
    public void close() throws SQLException {
        if (connection != null) {
            try (PreparedStatement s = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                s.setLong(1, KEY);
                s.executeQuery().close();
            }
        }
    }
}
