package uk.mobilityexplorer.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A fault-injection point for crash tests: holds an import inside its database transaction at a chosen point, after the
 * edition's old rows are deleted and a given number of new observations are written, and says so in the log (with the
 * number written), so that a test can kill the process exactly there. Does nothing unless
 * {@code mobility.import.test-pause-after-rows} is set.
 */
@ApplicationScoped
public class ImportPause {

    /** {@code mobility.import.*}: test-only settings; never set them in production. */
    @ConfigMapping(prefix = "mobility.import")
    public interface Config {
        /**
         * Pause once the old rows are deleted and at least this many new observations are in the database (flushed
         * batches of 1,000 count; 0 pauses right after the deletes). A number larger than the import pauses just
         * before the commit.
         */
        Optional<Long> testPauseAfterRows();

        /** How long the pause lasts; a crash test kills the process long before. */
        @WithDefault("PT1H")
        Duration testPauseFor();
    }

    /** The line announcing a pause; crash tests wait for it. */
    public static final String ANNOUNCEMENT = "Import paused inside its transaction";

    private static final Logger LOG = Logger.getLogger(ImportPause.class);

    private final Config config;

    public ImportPause(Config config) {
        this.config = config;
    }

    /** The connection itself, or one that pauses at the configured point of the transaction run on it. */
    public Connection around(Connection connection, String edition) {
        if (config.testPauseAfterRows().isEmpty()) {
            return connection;
        }
        Counter counter = new Counter(edition, config.testPauseAfterRows().get());
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("commit")) {
                        counter.pause("all " + counter.written + " new observations written, before the commit");
                    }
                    Object result = invoke(connection, method, args);
                    if (result instanceof PreparedStatement statement
                            && args != null
                            && args.length > 0
                            && args[0] instanceof String sql) {
                        return watch(statement, sql.strip().toLowerCase(Locale.ROOT), counter);
                    }
                    return result;
                });
    }

    private static PreparedStatement watch(PreparedStatement statement, String sql, Counter counter) {
        InvocationHandler handler = (proxy, method, args) -> {
            boolean observations = sql.startsWith("insert into observation (");
            switch (method.getName()) {
                case "addBatch" -> counter.pending += observations ? 1 : 0;
                case "executeBatch" -> {
                    Object result = invoke(statement, method, args);
                    counter.written += observations ? counter.pending : 0;
                    counter.pending = 0;
                    counter.check();
                    return result;
                }
                case "executeUpdate" -> {
                    Object result = invoke(statement, method, args);
                    if (sql.startsWith("delete from dataset")) {
                        counter.deleted = true;
                        counter.check();
                    }
                    return result;
                }
                default -> {}
            }
            return invoke(statement, method, args);
        };
        return (PreparedStatement) Proxy.newProxyInstance(
                PreparedStatement.class.getClassLoader(), new Class<?>[] {PreparedStatement.class}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Observations written so far in one import's transaction; pauses once. */
    private final class Counter {
        final String edition;
        final long threshold;
        boolean deleted;
        long pending;
        long written;
        boolean paused;

        Counter(String edition, long threshold) {
            this.edition = edition;
            this.threshold = threshold;
        }

        void check() {
            if (deleted && written >= threshold) {
                pause("old rows deleted, " + written + " new observations written");
            }
        }

        void pause(String where) {
            if (paused) {
                return;
            }
            paused = true;
            LOG.warnf("%s: edition %s, %s; holding for %s", ANNOUNCEMENT, edition, where, config.testPauseFor());
            try {
                Thread.sleep(config.testPauseFor().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
