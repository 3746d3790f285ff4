package dev.reviewflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for the test suite. With QUARKUS_DATASOURCE_JDBC_URL (or the system property
 * quarkus.datasource.jdbc.url) set, the tests use that database instead; there is no fallback to
 * anything that is not PostgreSQL.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        if (isSet(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"))
                || isSet(System.getProperty("quarkus.datasource.jdbc.url"))) {
            return Map.of();
        }
        try {
            postgres = EmbeddedPostgres.builder()
                    .setServerConfig("timezone", "UTC")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
