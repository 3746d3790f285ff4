package dev.reviewflow.deploy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Several replicas start at once, and each runs Flyway at start (quarkus.flyway.migrate-at-start):
 * Flyway's advisory lock on PostgreSQL lets one migrate while the others wait, so every migration
 * is applied exactly once. Two migrations on a fresh database, the second started while the first
 * holds the lock and applies its first migration.
 */
@QuarkusTest
class ConcurrentMigrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String database = "migration_" + UUID.randomUUID().toString().replace("-", "");

    @AfterEach
    void dropTheDatabase() {
        Sql.update("drop database if exists " + database + " with (force)");
    }

    @Test
    void twoReplicasStartingTogetherMigrateOnce() throws Exception {
        Sql.update("create database " + database);
        CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
        AtomicBoolean secondSeenWaiting = new AtomicBoolean();
        Flyway first = flyway().callbacks(new OnFirstMigration(() -> {
                    firstHoldsTheLock.countDown();
                    secondSeenWaiting.set(awaitASessionTryingTheLock());
                }))
                .load();
        Flyway second = flyway().load();

        MigrateResult firstResult;
        MigrateResult secondResult;
        // A thread per replica: the first one blocks in its callback until the second one asks for the lock.
        try (ExecutorService replicas = Executors.newFixedThreadPool(2)) {
            Future<MigrateResult> firstRun = replicas.submit(first::migrate);
            assertTrue(firstHoldsTheLock.await(WAIT.toSeconds(), TimeUnit.SECONDS), "the first migration started");
            Future<MigrateResult> secondRun = replicas.submit(second::migrate);
            // Beyond the callback's own wait, so that a second run that never waited fails the assertion below.
            firstResult = firstRun.get(2 * WAIT.toSeconds(), TimeUnit.SECONDS);
            secondResult = secondRun.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }

        assertTrue(secondSeenWaiting.get(), "the second migration waited for the advisory lock");
        assertTrue(firstResult.success && secondResult.success);
        int migrations = first.info().all().length;
        assertTrue(migrations > 0, "the application has migrations");
        assertEquals(migrations, firstResult.migrationsExecuted + secondResult.migrationsExecuted);
        assertEquals(
                migrations + "/" + migrations,
                queryTheNewDatabase("select count(*) || '/' || count(distinct version) from flyway_schema_history"
                        + " where success and version is not null"));
    }

    /**
     * While the first migration holds the lock: waits until another session of the new database
     * asks for the advisory lock (Flyway retries pg_try_advisory_xact_lock) without holding one.
     */
    private boolean awaitASessionTryingTheLock() {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            String waiting = Sql.queryOne("""
                    select count(*) from pg_stat_activity
                    where datname = ? and pid <> pg_backend_pid() and query like '%pg_try_advisory%'
                      and pid not in (select pid from pg_locks where locktype = 'advisory' and granted)
                    """, database);
            if (!"0".equals(waiting)) {
                return true;
            }
        }
        return false;
    }

    private FluentConfiguration flyway() {
        return Flyway.configure().dataSource(url(), user(), password());
    }

    private String queryTheNewDatabase(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(), user(), password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /** The suite's database server, with the new database in place of the suite's. */
    private String url() {
        return withMetaData(metaData -> metaData.getURL().replaceFirst("(//[^/]+/)[^?]*", "$1" + database));
    }

    private static String user() {
        return withMetaData(DatabaseMetaData::getUserName);
    }

    private static String password() {
        return ConfigProvider.getConfig()
                .getOptionalValue("quarkus.datasource.password", String.class)
                .orElse("");
    }

    private interface MetaDataRead {
        String read(DatabaseMetaData metaData) throws SQLException;
    }

    private static String withMetaData(MetaDataRead read) {
        try (Connection connection = Sql.connection()) {
            return read.read(connection.getMetaData());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs an action once, inside the lock, before the first migration is applied. */
    private static final class OnFirstMigration implements Callback {

        private final Runnable action;
        private final AtomicBoolean done = new AtomicBoolean();

        OnFirstMigration(Runnable action) {
            this.action = action;
        }

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_EACH_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            if (done.compareAndSet(false, true)) {
                action.run();
            }
        }

        @Override
        public String getCallbackName() {
            return "on-first-migration";
        }
    }
}
