package dev.reviewflow.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.reviewflow.security.ApiKeySecrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged application, started as a real process, shuts down gracefully on SIGTERM:
 * readiness goes DOWN first, a request in flight still finishes, and Quarkus stops cleanly.
 * The request is held in flight by a row lock this test takes on the complaint, not by timing.
 */
class GracefulShutdownIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private EmbeddedPostgres postgres;
    private Process app;
    private Path log;
    private String api;
    private String management;
    private String bootstrapKey;

    @BeforeEach
    void startTheApplication() throws IOException {
        postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
        int apiPort = freePort();
        int managementPort = freePort();
        api = "http://127.0.0.1:" + apiPort;
        management = "http://127.0.0.1:" + managementPort;
        Path appDir = Path.of(System.getProperty("quarkus-app.dir", "target/quarkus-app"));
        log = Files.createTempFile("graceful-shutdown", ".log");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        appDir.resolve("quarkus-run.jar").toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(apiPort));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"));
        builder.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        bootstrapKey = ApiKeySecrets.generate();
        builder.environment().put("REVIEWFLOW_SECURITY_BOOTSTRAP_ADMIN_KEY", bootstrapKey);
        app = builder.start();
        awaitTrue(() -> status(get(management + "/q/health/ready")) == 200, "the application to become ready");
    }

    @AfterEach
    void stop() throws IOException, InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (postgres != null) {
            postgres.close();
        }
        if (log != null) {
            Files.deleteIfExists(log);
        }
    }

    @Test
    void onSigtermReadinessGoesDownFirstAndARequestInFlightStillFinishes() throws Exception {
        String key = newKey();
        String complaint = newComplaint(key);

        HttpResponse<String> patched;
        try (Connection db = postgres.getPostgresDatabase().getConnection()) {
            db.setAutoCommit(false);
            try (PreparedStatement lock =
                    db.prepareStatement("select id from complaint where id = ?::uuid for update")) {
                lock.setString(1, complaint);
                lock.executeQuery().close();
            }
            CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(
                    HttpRequest.newBuilder(URI.create(api + "/v1/complaints/" + complaint))
                            .header("Authorization", "Bearer " + key)
                            .header("Content-Type", "application/merge-patch+json")
                            .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"assignee\": \"sam\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            awaitTrue(() -> waitsOnALock(), "the PATCH to wait on the row lock");

            app.destroy();

            awaitTrue(() -> status(get(management + "/q/health/ready")) == 503, "readiness to report DOWN");
            assertFalse(inFlight.isDone(), "the request is still in flight when readiness is down");
            db.rollback();
            patched = inFlight.get(30, TimeUnit.SECONDS);
        }

        assertEquals(200, patched.statusCode(), patched.body());
        assertTrue(patched.body().contains("\"assignee\":\"sam\""), patched.body());
        assertTrue(app.waitFor(30, TimeUnit.SECONDS), "the process exits");
        // 143 = 128 + SIGTERM: how a JVM exits after a SIGTERM once its shutdown hooks completed
        // (a failed or stuck stop is killed with 137, or ends with another status).
        assertEquals(143, app.exitValue(), readLog());
        assertTrue(readLog().contains("reviewflow stopped in"), readLog());
    }

    private boolean waitsOnALock() {
        try (Connection db = postgres.getPostgresDatabase().getConnection();
                PreparedStatement waiting =
                        db.prepareStatement("select count(*) from pg_stat_activity where wait_event_type = 'Lock'");
                ResultSet rows = waiting.executeQuery()) {
            return rows.next() && rows.getInt(1) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String newKey() {
        String workspace = "ws-shutdown";
        HttpResponse<String> created = post(
                "/v1/workspaces",
                bootstrapKey,
                "application/json",
                "{\"id\": \"" + workspace + "\", \"name\": \"Shutdown test\"}");
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> key = post(
                "/v1/workspaces/" + workspace + "/api-keys",
                bootstrapKey,
                "application/json",
                "{\"name\": \"test\", \"scopes\": [\"complaints:read\", \"complaints:write\"]}");
        assertEquals(201, key.statusCode(), key.body());
        return member(key.body(), "secret");
    }

    private String newComplaint(String key) {
        HttpResponse<String> created = post(
                "/v1/complaints",
                key,
                "application/json",
                "{\"channel\": \"google\", \"externalId\": \"shutdown-1\", \"author\": \"A. P.\", \"rating\": 1,"
                        + " \"body\": \"Cold pizza.\"}");
        assertEquals(201, created.statusCode(), created.body());
        return member(created.body(), "id");
    }

    private HttpResponse<String> post(String path, String key, String contentType, String body) {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create(api + path))
                            .header("Authorization", "Bearer " + key)
                            .header("Content-Type", contentType)
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The answer, or null while nothing listens (starting, or stopped). */
    private HttpResponse<String> get(String url) {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int status(HttpResponse<String> response) {
        return response == null ? -1 : response.statusCode();
    }

    /**
     * Asks again until the condition holds: a state of another process, which has no event this
     * test could wait on. Fails with the application's log after the deadline.
     */
    private void awaitTrue(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline) || !app.isAlive()) {
                throw new AssertionError("Gave up waiting for " + what + "; application log:\n" + readLog());
            }
            Thread.onSpinWait();
        }
    }

    private String readLog() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static String member(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertTrue(value.find(), name + " in " + json);
        return value.group(1);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
