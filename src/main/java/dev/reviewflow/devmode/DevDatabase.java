package dev.reviewflow.devmode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

/**
 * The PostgreSQL that {@code ./mvnw quarkus:dev} runs on when no datasource URL is configured:
 * an embedded server whose data directory ({@code .dev-db/} in the project) survives restarts.
 * Never used in production: the prod package does not even contain the embedded binaries.
 */
final class DevDatabase {

    private static final Logger LOG = Logger.getLogger(DevDatabase.class);

    /**
     * Live reload starts a new class loader, so "already started" is kept where every class
     * loader of the JVM sees it.
     */
    private static final String STARTED_URL = "reviewflow.dev-db.jdbc-url";

    private DevDatabase() {}

    static synchronized Map<String, String> datasourceProperties(Path dataDirectory) {
        String url = System.getProperty(STARTED_URL);
        if (url == null) {
            url = start(dataDirectory);
            System.setProperty(STARTED_URL, url);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    private static String start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("timezone", "UTC")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "dev-db-shutdown"));
            String url = postgres.getJdbcUrl("postgres", "postgres");
            LOG.infof("Dev database: embedded PostgreSQL at %s, data in %s", url, dataDirectory.toAbsolutePath());
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded dev database in " + dataDirectory, e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded dev database did not stop cleanly", e);
        }
    }
}
