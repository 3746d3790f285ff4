package dev.reviewflow.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * The SQL Hibernate sends, recorded while a test listens, so that the test can ask PostgreSQL how
 * it plans the statement the service really runs. Passes every statement on unchanged.
 */
@PersistenceUnitExtension
public class StatementRecorder implements StatementInspector {

    private static final List<String> RECORDED = new CopyOnWriteArrayList<>();
    private static volatile boolean listening;

    @Override
    public String inspect(String sql) {
        if (listening) {
            RECORDED.add(sql);
        }
        return sql;
    }

    /** Runs {@code action} and returns the statements sent meanwhile (by any thread). */
    public static synchronized List<String> during(Runnable action) {
        RECORDED.clear();
        listening = true;
        try {
            action.run();
        } finally {
            listening = false;
        }
        return List.copyOf(RECORDED);
    }
}
