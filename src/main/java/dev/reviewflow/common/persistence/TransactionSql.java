package dev.reviewflow.common.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.quarkus.hibernate.orm.panache.Panache;
import org.hibernate.Session;

/**
 * Runs one SQL statement on the JDBC connection of the current transaction, past Hibernate's query
 * machinery. For the few statements of the hot paths only (ingest, the read of a complaint by
 * id): in the profile, Hibernate planned its tenant-filtered queries and loads anew on every call
 * and let its native-query plan cache fill with keys that never match (see README "Performance"),
 * while the driver keeps these statements prepared per connection. Plain SQL passes the tenant
 * filter by: each statement names the workspace itself. Outside a transaction it runs on the
 * request's session's connection.
 */
public final class TransactionSql {

    /** Sets the parameters of a statement. */
    @FunctionalInterface
    public interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    /** Reads the result of a query. */
    @FunctionalInterface
    public interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private TransactionSql() {}

    public static <T> T query(String sql, Parameters parameters, Rows<T> rows) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                parameters.set(statement);
                try (ResultSet result = statement.executeQuery()) {
                    return rows.read(result);
                }
            }
        });
    }

    /**
     * Writes the session's pending changes first, as Hibernate would before its own statement, so
     * that the statement sees (and may refer to) the rows this transaction has persisted.
     */
    public static void update(String sql, Parameters parameters) {
        session().flush();
        session().doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                parameters.set(statement);
                statement.executeUpdate();
            }
        });
    }

    /** A write that returns rows ({@code insert ... returning}), after the session's pending changes as in {@link #update}. */
    public static <T> T insertReturning(String sql, Parameters parameters, Rows<T> rows) {
        session().flush();
        return query(sql, parameters, rows);
    }

    /**
     * Serialises, until the transaction ends, every transaction that takes the same key: a
     * PostgreSQL advisory lock on a 64-bit hash of it (a hash collision only makes two unrelated
     * writers wait for each other). For checks that no row can hold, such as "not yet stored".
     */
    public static void advisoryLock(String key) {
        query(
                "select pg_advisory_xact_lock(hashtextextended(?, 0))",
                statement -> statement.setString(1, key),
                rows -> rows.next());
    }

    private static Session session() {
        return Panache.getEntityManager().unwrap(Session.class);
    }
}
