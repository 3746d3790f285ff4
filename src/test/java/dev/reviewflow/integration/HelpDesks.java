package dev.reviewflow.integration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import dev.reviewflow.support.Api;

/**
 * A workspace of its own with one help-desk integration, its linked complaints, and events
 * signed the way that help-desk signs them (computed here from the published schemes).
 */
final class HelpDesks {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    final String workspace;
    final String key;
    final String system;
    final String secret;

    private HelpDesks(String workspace, String key, String system, String secret) {
        this.workspace = workspace;
        this.key = key;
        this.system = system;
        this.secret = secret;
    }

    /** A new workspace whose admin sets up {@code system} with this outcome mapping. */
    static HelpDesks setUp(String system, Map<String, String> outcomeMapping) {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        String secret = Api.as(key)
                .contentType(ContentType.JSON)
                .body(Map.of("active", true, "outcomeMapping", outcomeMapping))
                .put("/v1/integrations/" + system)
                .then()
                .statusCode(201)
                .extract()
                .path("secret");
        return new HelpDesks(workspace, key, system, secret);
    }

    /** A unique numeric id, as help-desks number their tickets, articles and messages. */
    static String numericId() {
        return Long.toString(IDS.incrementAndGet());
    }

    RequestSpecification api() {
        return Api.as(key);
    }

    /** A complaint of this workspace, answered in public once (so it may be resolved), linked to the ticket. */
    String acknowledgedComplaintLinkedTo(String ticketSystem, String ticketId) {
        String id = complaintLinkedTo(ticketSystem, ticketId);
        api().contentType(ContentType.JSON)
                .body(Map.of("reply", "We are sorry to hear this and are looking into it.", "author", "Maria"))
                .post("/v1/complaints/" + id + "/acknowledge")
                .then()
                .statusCode(200);
        return id;
    }

    String complaintLinkedTo(String ticketSystem, String ticketId) {
        String id = api().contentType(ContentType.JSON)
                .body(Api.complaint(Map.of()))
                .post("/v1/complaints")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        api().contentType(ContentType.JSON)
                .body(Map.of("system", ticketSystem, "ticketId", ticketId))
                .put("/v1/complaints/" + id + "/ticket")
                .then()
                .statusCode(200);
        return id;
    }

    ValidatableResponse complaint(String id) {
        return api().get("/v1/complaints/" + id).then().statusCode(200);
    }

    List<Map<String, Object>> timeline(String id) {
        return api().get("/v1/complaints/" + id + "/timeline")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
    }

    List<Map<String, Object>> replies(String id) {
        return api().get("/v1/complaints/" + id + "/replies")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
    }

    /** Posts a body to this workspace's events URL with the given headers. */
    ValidatableResponse send(String body, Map<String, String> headers) {
        return Api.as(null)
                .contentType(ContentType.JSON)
                .headers(headers)
                .queryParam("workspace", workspace)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post("/v1/integrations/" + system + "/events")
                .then();
    }

    /** Zammad: X-Hub-Signature: sha1=hex(HMAC-SHA1(token, body)), with a delivery id. */
    ValidatableResponse sendZammad(String body) {
        return send(
                body,
                Map.of(
                        "X-Hub-Signature",
                        "sha1=" + hmacHex("HmacSHA1", secret, body),
                        "X-Zammad-Trigger",
                        "reviewflow",
                        "X-Zammad-Delivery",
                        UUID.randomUUID().toString()));
    }

    /** Chatwoot: X-Chatwoot-Signature: sha256=hex(HMAC-SHA256(secret, "<timestamp>.<body>")). */
    ValidatableResponse sendChatwoot(String body) {
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        return send(
                body,
                Map.of(
                        "X-Chatwoot-Signature",
                        "sha256=" + hmacHex("HmacSHA256", secret, timestamp + "." + body),
                        "X-Chatwoot-Timestamp",
                        timestamp,
                        "X-Chatwoot-Delivery",
                        UUID.randomUUID().toString()));
    }

    static String hmacHex(String algorithm, String secret, String data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A payload from src/test/resources/integration with its {{placeholders}} filled in. */
    static String payload(String name, Map<String, String> values) {
        try (InputStream in = HelpDesks.class.getResourceAsStream("/integration/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace("{{" + value.getKey() + "}}", value.getValue());
            }
            if (text.contains("{{")) {
                throw new IllegalArgumentException(name + " has a placeholder left: " + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
