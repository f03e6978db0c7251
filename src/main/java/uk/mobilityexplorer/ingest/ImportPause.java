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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * A fault-injection point for tests: holds an import inside its database transaction at a chosen point, after the
 * edition's old rows are deleted and a given number of new observations are written, and says so in the log (with the
 * number written), so that a test can kill the process exactly there ({@code mobility.import.test-pause-after-rows}),
 * or, in the test's own JVM, act while the import is held and then let it go on ({@link #holdNextImport}). Does
 * nothing unless one of them asks.
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
    private final AtomicReference<Hold> next = new AtomicReference<>();

    public ImportPause(Config config) {
        this.config = config;
    }

    /**
     * Test hook: the next import (only that one) stops once the old rows are deleted and {@code afterRows} new
     * observations are written, until the returned hold is released or {@code test-pause-for} has passed.
     */
    public Hold holdNextImport(long afterRows) {
        Hold hold = new Hold(afterRows);
        next.set(hold);
        return hold;
    }

    /** The connection itself, or one that pauses at the configured point of the transaction run on it. */
    public Connection around(Connection connection, String edition) {
        Hold hold = next.getAndSet(null);
        if (hold == null && config.testPauseAfterRows().isPresent()) {
            hold = new Hold(config.testPauseAfterRows().get());
        }
        if (hold == null) {
            return connection;
        }
        Counter counter = new Counter(edition, hold);
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

    /** One held import: the test waits until it is held, acts, then releases it. */
    public final class Hold {
        private final long afterRows;
        private final CountDownLatch held = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        private Hold(long afterRows) {
            this.afterRows = afterRows;
        }

        /** Whether the import reached the point and is held there within {@code timeout}. */
        public boolean awaitHeld(Duration timeout) throws InterruptedException {
            return held.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        /**
         * Lets the held import go on; an import that has not reached the point yet passes it without stopping, and
         * one not started yet is not held at all.
         */
        public void release() {
            next.compareAndSet(this, null);
            released.countDown();
        }
    }

    /** Observations written so far in one import's transaction; pauses once. */
    private final class Counter {
        final String edition;
        final Hold hold;
        boolean deleted;
        long pending;
        long written;
        boolean paused;

        Counter(String edition, Hold hold) {
            this.edition = edition;
            this.hold = hold;
        }

        void check() {
            if (deleted && written >= hold.afterRows) {
                pause("old rows deleted, " + written + " new observations written");
            }
        }

        void pause(String where) {
            if (paused) {
                return;
            }
            paused = true;
            LOG.warnf("%s: edition %s, %s; holding for %s", ANNOUNCEMENT, edition, where, config.testPauseFor());
            hold.held.countDown();
            try {
                hold.released.await(config.testPauseFor().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
