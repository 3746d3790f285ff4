package dev.reviewflow.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Helpers for the API tests. Requests go out with a key of the suite's own workspace that holds
 * every scope; tests about keys and workspaces make their own. Every complaint gets a unique
 * externalId, so tests never share data.
 */
public final class Api {

    public static final List<String> ALL_SCOPES =
            List.of("complaints:read", "complaints:write", "replies:write", "pii:read", "admin");

    private static String defaultKey;
    private static String defaultWorkspace;
    /** The bootstrap key the default key was made with: a test profile restarts with a new database. */
    private static String defaultKeyMadeWith;

    private Api() {}

    /** A request authorised by the suite's key with every scope. */
    public static RequestSpecification given() {
        return as(defaultKey());
    }

    /** A request authorised by {@code key} (null: no Authorization header at all). */
    public static RequestSpecification as(String key) {
        RequestSpecification request = RestAssured.given();
        return key == null ? request : request.header("Authorization", "Bearer " + key);
    }

    public static String bootstrapKey() {
        return ConfigProvider.getConfig().getValue("reviewflow.security.bootstrap-admin-key", String.class);
    }

    public static String newWorkspace() {
        String id = "ws-" + UUID.randomUUID().toString().substring(0, 18);
        as(bootstrapKey())
                .contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Test workspace " + id))
                .post("/v1/workspaces")
                .then()
                .statusCode(201);
        return id;
    }

    /** A new key of {@code workspace} with exactly these scopes; returns its secret. */
    public static String newKey(String workspace, List<String> scopes) {
        return as(bootstrapKey())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "test key", "scopes", scopes))
                .post("/v1/workspaces/" + workspace + "/api-keys")
                .then()
                .statusCode(201)
                .extract()
                .path("secret");
    }

    private static synchronized String defaultKey() {
        if (defaultKey == null || !bootstrapKey().equals(defaultKeyMadeWith)) {
            defaultWorkspace = newWorkspace();
            defaultKey = newKey(defaultWorkspace, ALL_SCOPES);
            defaultKeyMadeWith = bootstrapKey();
        }
        return defaultKey;
    }

    /** The workspace of the suite's key with every scope, for a key of the same workspace with fewer scopes. */
    public static synchronized String defaultWorkspace() {
        defaultKey();
        return defaultWorkspace;
    }

    public static String uniqueId() {
        return UUID.randomUUID().toString();
    }

    /** A valid ingest body for a one-star Google review; callers override what their test is about. */
    public static Map<String, Object> complaint(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "google");
        body.put("externalId", uniqueId());
        body.put("author", "Ani P.");
        body.put("rating", 1);
        body.put("body", "The pizza arrived cold and an hour late.");
        body.putAll(overrides);
        return body;
    }

    public static ValidatableResponse ingest(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/v1/complaints")
                .then();
    }

    /** Ingests a fresh complaint and returns its id. */
    public static String newComplaint(Map<String, Object> overrides) {
        return ingest(complaint(overrides)).statusCode(201).extract().path("id");
    }

    public static String newComplaint() {
        return newComplaint(Map.of());
    }

    /** Ingests a fresh complaint with {@code key} and returns its id. */
    public static String newComplaintAs(String key) {
        return newComplaintAs(key, Map.of());
    }

    /** Ingests a fresh complaint with {@code key}, {@code overrides} on the default body, and returns its id. */
    public static String newComplaintAs(String key, Map<String, Object> overrides) {
        return as(key).contentType(ContentType.JSON)
                .body(complaint(overrides))
                .post("/v1/complaints")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static ValidatableResponse action(String id, String action, Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/v1/complaints/" + id + "/" + action)
                .then();
    }

    public static ValidatableResponse acknowledge(String id) {
        return action(
                id,
                "acknowledge",
                Map.of(
                        "reply", "We are sorry to hear this. Please send us a direct message so we can make it right.",
                        "author", "Maria, support"));
    }

    public static String acknowledgedComplaint() {
        String id = newComplaint();
        acknowledge(id).statusCode(200);
        return id;
    }

    public static String etag(String id) {
        return given().get("/v1/complaints/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }
}
