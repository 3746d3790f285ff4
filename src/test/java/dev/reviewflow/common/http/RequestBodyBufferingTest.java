package dev.reviewflow.common.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;

import static dev.reviewflow.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A body reaches its endpoint whole however it arrives: read ahead on the event loop when it
 * declares a small length (also when it comes in pieces), streamed to the endpoint when it is
 * larger or has no declared length.
 */
@QuarkusTest
class RequestBodyBufferingTest {

    private String key;

    @BeforeEach
    void newKey() {
        key = Api.newKey(Api.newWorkspace(), Api.ALL_SCOPES);
    }

    @Test
    void aSmallBodyArrivingInPiecesIsReadWhole() throws IOException {
        byte[] body = json("Ծովը սառն էր, pizza cold").getBytes(StandardCharsets.UTF_8);

        String answer = post(
                "Content-Length: " + body.length,
                List.of(
                        slice(body, 0, 10),
                        slice(body, 10, body.length / 2),
                        slice(body, body.length / 2, body.length)));

        assertTrue(answer.startsWith("HTTP/1.1 201"), answer);
        assertTrue(answer.contains("Ծովը սառն էր, pizza cold"), answer);
    }

    @Test
    void aBodyWithoutADeclaredLengthIsStreamed() throws IOException {
        byte[] body = json("Chunked and cold").getBytes(StandardCharsets.UTF_8);
        byte[] head = (Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

        String answer = post("Transfer-Encoding: chunked", List.of(head, body, tail));

        assertTrue(answer.startsWith("HTTP/1.1 201"), answer);
    }

    @Test
    void aBodyAwaitingOneHundredContinueIsAskedFor() throws IOException {
        byte[] body = json("Sent after 100 Continue").getBytes(StandardCharsets.UTF_8);
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head("Content-Length: " + body.length + "\r\nExpect: 100-continue"));
            out.flush();
            InputStream in = socket.getInputStream();
            String interim = readHead(in);
            assertTrue(interim.startsWith("HTTP/1.1 100"), interim);
            out.write(body);
            out.flush();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 201"), answer);
        }
    }

    @Test
    void anHttp2RequestsBodyIsStreamed() throws Exception {
        // Java's client asks to upgrade a plain-text connection to HTTP/2 (h2c), which Quarkus accepts.
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class)
                        + "/v1/complaints"))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json("Cold over HTTP/2")))
                .build();

        HttpResponse<String> first = http.send(request, HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> second = http.send(
                HttpRequest.newBuilder(request, (name, value) -> true)
                        .POST(HttpRequest.BodyPublishers.ofString(json("Still cold over HTTP/2")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, second.statusCode(), second.body());
        assertEquals(HttpClient.Version.HTTP_2, second.version(), "the second request went over HTTP/2");
    }

    @Test
    void aBodyLargerThanTheReadAheadIsStreamedToTheEndpoint() {
        String text = "x".repeat((int) RequestBodyBuffering.MAX_BUFFERED_BYTES + 1000);

        as(key).contentType(ContentType.JSON)
                .body(Api.complaint(Map.of("body", text)))
                .post("/v1/complaints")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("body"));
    }

    private static String json(String text) {
        return "{\"channel\": \"google\", \"externalId\": \"" + Api.uniqueId() + "\", \"author\": \"Ani\", \"body\": \""
                + text + "\"}";
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return Arrays.copyOfRange(bytes, from, to);
    }

    /** The head of a POST of a complaint, ending with {@code framing}, the header(s) that say how the body comes. */
    private byte[] head(String framing) {
        return ("POST /v1/complaints HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + key
                        + "\r\nContent-Type: application/json\r\nConnection: close\r\n" + framing + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads one response head, up to its blank line. */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                break;
            }
            head.append((char) next);
        }
        return head.toString();
    }

    /** Sends a POST of a complaint with {@code framing} as its body header, the body in {@code pieces}, each flushed. */
    private String post(String framing, List<byte[]> pieces) throws IOException {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head(framing));
            for (byte[] piece : pieces) {
                out.write(piece);
                out.flush();
            }
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
