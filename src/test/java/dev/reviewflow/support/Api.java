package dev.reviewflow.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;

/** Small helpers for the API tests; every complaint gets its own unique externalId. */
public final class Api {

    private Api() {}

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
