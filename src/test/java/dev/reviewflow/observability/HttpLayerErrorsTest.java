package dev.reviewflow.observability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Metrics;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the HTTP layer answers before RESTEasy sees a request is problem+json too, on both ports.
 * (The API port's RESTEasy answers, 404 to 415, are in ErrorResponsesTest.)
 */
@QuarkusTest
class HttpLayerErrorsTest {

    @Test
    void anUnknownPathOnTheManagementPortIsAProblem() {
        RestAssured.given()
                .port(Metrics.managementPort())
                .get("/q/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:reviewflow:problem:not-found"))
                .body("title", equalTo("Not found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/q/nothing-here"));
    }

    @Test
    void aRequestWithoutHostIsA400ProblemOnBothPorts() throws IOException {
        for (int port : new int[] {apiPort(), Metrics.managementPort()}) {
            String answer = raw(port, "GET /q/health/ready HTTP/1.1\r\nConnection: close\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
            assertTrue(answer.contains("\"type\":\"urn:reviewflow:problem:malformed-request\""), answer);
            assertTrue(answer.contains("\"detail\":"), answer);
        }
    }

    @Test
    void aLongQueryStringIsA414ProblemOnBothPorts() {
        // Far beyond Vert.x's default request-line limit (4096), whose own answer has no body.
        String query = "?q=" + "cold".repeat(2_500);
        for (int port : new int[] {apiPort(), Metrics.managementPort()}) {
            RestAssured.given()
                    .port(port)
                    .urlEncodingEnabled(false)
                    .get("/v1/complaints" + query)
                    .then()
                    .statusCode(414)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:reviewflow:problem:uri-too-long"))
                    .body("status", equalTo(414))
                    .body("detail", equalTo("The URI may be at most 8192 characters."));
        }
    }

    @Test
    void largeHeadersAreA431Problem() {
        RestAssured.given()
                .port(apiPort())
                .header("X-Padding", "x".repeat(20_000))
                .get("/v1/complaints")
                .then()
                .statusCode(431)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:reviewflow:problem:headers-too-large"))
                .body("status", equalTo(431));
    }

    private static int apiPort() {
        return ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    }

    /** Sends bytes as they are, which no HTTP client library would, and reads the whole answer. */
    private static String raw(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
