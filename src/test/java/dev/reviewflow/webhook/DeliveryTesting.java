package dev.reviewflow.webhook;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.restassured.http.ContentType;

import dev.reviewflow.support.Api;
import dev.reviewflow.support.Sql;

import static org.junit.jupiter.api.Assertions.fail;

/** What the delivery tests share: subscriptions made in SQL, complaints made through the API, waiting with a deadline. */
final class DeliveryTesting {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DeliveryTesting() {}

    static String newSecret() {
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    /** An active subscription to every event type; returns its id. */
    static String subscribe(String workspace, String url, String secret, boolean includeCustomer) {
        return Sql.queryOne(
                "insert into webhook_subscription (id, workspace_id, url, events, active, include_customer, secret,"
                        + " created_at, created_by, version)"
                        + " values (gen_random_uuid(), ?, ?, null, true, ?::boolean, ?, now(), 'test', 0) returning id",
                workspace,
                url,
                Boolean.toString(includeCustomer),
                secret);
    }

    /** Ingests a complaint with customer contact details; its complaint.created event has sequence 1. */
    static String ingest(String key) {
        return Api.as(key)
                .contentType(ContentType.JSON)
                .body(Api.complaint(Map.of(
                        "customer",
                        Map.of("name", "Ani Petrosyan", "email", "ani@example.org", "phone", "+4915112345678"))))
                .post("/v1/complaints")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Answers in public: events 2 (reply.created) and 3 (complaint.acknowledged). */
    static void acknowledge(String key, String complaintId) {
        Api.as(key)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "reply",
                        "We are sorry to hear this. Please send us a direct message so we can make it right.",
                        "author",
                        "Maria, support"))
                .post("/v1/complaints/" + complaintId + "/acknowledge")
                .then()
                .statusCode(200);
    }

    static int count(String sql, String... parameters) {
        return Integer.parseInt(Sql.queryOne(sql, parameters));
    }

    /** Waits until {@code condition} holds, checking often; fails with {@code what} after {@code limit}. */
    static void awaitUntil(Duration limit, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within " + limit + ": " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for " + what);
            }
        }
    }
}
