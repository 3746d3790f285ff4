package dev.reviewflow.webhook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;
import dev.reviewflow.support.Metrics;
import dev.reviewflow.support.Sql;

import static dev.reviewflow.webhook.DeliveryTesting.acknowledge;
import static dev.reviewflow.webhook.DeliveryTesting.awaitUntil;
import static dev.reviewflow.webhook.DeliveryTesting.count;
import static dev.reviewflow.webhook.DeliveryTesting.ingest;
import static dev.reviewflow.webhook.DeliveryTesting.newSecret;
import static dev.reviewflow.webhook.DeliveryTesting.subscribe;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delivery through the running dispatcher to real HTTP receivers on 127.0.0.1, each request's
 * signature checked with the Standard Webhooks library. The test profile retries after
 * milliseconds and gives up on an answer after 1 s. Each test works in a workspace of its own.
 */
@QuarkusTest
class DeliveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private static final String DEAD_ATTEMPTS = "reviewflow_webhook_attempts_total{outcome=\"dead\"}";
    private static final String RETRIED_ATTEMPTS = "reviewflow_webhook_attempts_total{outcome=\"retried\"}";

    @Test
    void everyEventArrivesSignedAndInSequencePerComplaint() {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        String secret = newSecret();
        try (DeliveryReceiver receiver = DeliveryReceiver.up(secret)) {
            String subscription = subscribe(workspace, receiver.url(), secret, true);
            String first = ingest(key);
            String second = ingest(key);
            acknowledge(key, first);
            acknowledge(key, second);

            awaitUntil(PATIENCE, "6 events received", () -> receiver.received.size() >= 6);
            assertEquals(6, receiver.received.size());
            for (DeliveryReceiver.Received request : receiver.received) {
                assertTrue(request.verified(), "signature of " + request.webhookId());
                assertEquals("application/json", request.header("content-type"));
                assertEquals("reviewflow-webhooks/1", request.header("user-agent"));
                assertEquals(
                        "ani@example.org",
                        request.json().at("/data/complaint/customer/email").asText());
            }
            assertEquals(List.of(1, 2, 3), sequencesOf(receiver.received, first));
            assertEquals(List.of(1, 2, 3), sequencesOf(receiver.received, second));
            awaitUntil(
                    PATIENCE,
                    "all recorded as delivered",
                    () -> count(
                                    "select count(*) from webhook_delivery where subscription_id = ?::uuid and status = 'DELIVERED'",
                                    subscription)
                            == 6);
            Set<String> ids = receiver.received.stream()
                    .map(DeliveryReceiver.Received::webhookId)
                    .collect(Collectors.toSet());
            assertEquals(
                    ids,
                    new HashSet<>(Api.as(key)
                            .get("/v1/webhooks/" + subscription + "/deliveries")
                            .then()
                            .statusCode(200)
                            .body("status", org.hamcrest.Matchers.everyItem(equalTo("delivered")))
                            .body("lastStatusCode", org.hamcrest.Matchers.everyItem(equalTo(200)))
                            .body("nextAttemptAt", org.hamcrest.Matchers.everyItem(nullValue()))
                            .extract()
                            .jsonPath()
                            .getList("id", String.class)));
        }
    }

    @Test
    void aReceiverDownThenSlowThenUpGetsEveryEventInSequenceUnderOneIdEach() {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        String secret = newSecret();
        try (DeliveryReceiver receiver = DeliveryReceiver.down(secret)) {
            String subscription = subscribe(workspace, receiver.url(), secret, true);
            String first = ingest(key);
            String second = ingest(key);
            acknowledge(key, first);
            acknowledge(key, second);
            awaitUntil(
                    PATIENCE,
                    "two attempts while down",
                    () -> count(
                                    "select coalesce(max(attempts), 0) from webhook_delivery where subscription_id = ?::uuid",
                                    subscription)
                            >= 2);
            assertTrue(Sql.queryOne(
                            "select last_error from webhook_delivery where subscription_id = ?::uuid and attempts >= 2"
                                    + " limit 1",
                            subscription)
                    .startsWith("connection failed"));

            CountDownLatch fast = new CountDownLatch(1);
            receiver.answer(request -> {
                // Slow: answers only after the dispatcher's 1 s timeout, until told to be quick.
                awaitQuietly(fast, 1500);
                return 200;
            });
            receiver.start();
            awaitUntil(
                    PATIENCE,
                    "an attempt on the slow receiver timed out",
                    () -> Sql.queryOne(
                                    "select 1 from webhook_delivery where subscription_id = ?::uuid and last_error like 'no answer%'",
                                    subscription)
                            != null);
            int slowRequests = receiver.received.size();
            receiver.answer(request -> 200);
            fast.countDown();

            awaitUntil(
                    PATIENCE,
                    "all 6 delivered",
                    () -> count(
                                    "select count(*) from webhook_delivery where subscription_id = ?::uuid and status = 'DELIVERED'",
                                    subscription)
                            == 6);
            assertTrue(slowRequests >= 1);
            assertTrue(receiver.received.stream().allMatch(DeliveryReceiver.Received::verified));
            // Every event under one id, on every attempt, and that id is the delivery's.
            Map<String, Set<String>> idsByEvent = new HashMap<>();
            receiver.received.forEach(request -> idsByEvent
                    .computeIfAbsent(request.complaintId() + "#" + request.sequence(), event -> new HashSet<>())
                    .add(request.webhookId()));
            assertEquals(6, idsByEvent.size());
            idsByEvent.forEach((event, ids) -> assertEquals(1, ids.size(), event + " came with ids " + ids));
            assertEquals(
                    idsByEvent.values().stream().flatMap(Set::stream).collect(Collectors.toSet()),
                    Set.of(Sql.queryOne(
                                    "select string_agg(id::text, ',') from webhook_delivery where subscription_id = ?::uuid",
                                    subscription)
                            .split(",")));
            // In sequence per complaint: an event is first sent only after the one before it was answered.
            assertEquals(List.of(1, 2, 3), firstArrivals(receiver.received, first));
            assertEquals(List.of(1, 2, 3), firstArrivals(receiver.received, second));
        }
    }

    @Test
    void gone410DisablesTheSubscriptionAndKeepsItsDeliveriesPending() {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        String secret = newSecret();
        try (DeliveryReceiver receiver = DeliveryReceiver.up(secret)) {
            receiver.answer(request -> 410);
            String subscription = subscribe(workspace, receiver.url(), secret, true);
            String complaint = ingest(key);
            awaitUntil(PATIENCE, "the subscription disabled", () -> "inactive gone"
                    .equals(Sql.queryOne(
                            "select case when active then 'active' else 'inactive ' || disabled_reason end"
                                    + " from webhook_subscription where id = ?::uuid",
                            subscription)));
            String delivery = Sql.queryOne(
                    "select id from webhook_delivery where subscription_id = ?::uuid and status = 'PENDING'"
                            + " and last_status_code = 410",
                    subscription);
            assertTrue(delivery != null, "the delivery stays pending");
            Api.as(key)
                    .post("/v1/webhooks/" + subscription + "/deliveries/" + delivery + "/redeliver")
                    .then()
                    .statusCode(409);
            Api.as(key).post("/v1/webhooks/" + subscription + "/ping").then().statusCode(409);

            receiver.answer(request -> 200);
            Sql.update(
                    "update webhook_subscription set active = true, disabled_reason = null where id = ?::uuid",
                    subscription);
            awaitUntil(PATIENCE, "the delivery resumed", () -> "DELIVERED"
                    .equals(Sql.queryOne("select status from webhook_delivery where id = ?::uuid", delivery)));
            DeliveryReceiver.Received last = receiver.received.getLast();
            assertEquals(delivery, last.webhookId());
            assertEquals(complaint, last.complaintId());
        }
    }

    @Test
    void aDeliveryIsDeadAfterItsLastAttemptLaterEventsProceedAndRedeliveryKeepsItsId() {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        String secret = newSecret();
        double deadBefore = Metrics.value(DEAD_ATTEMPTS);
        double retriedBefore = Metrics.value(RETRIED_ATTEMPTS);
        try (DeliveryReceiver receiver = DeliveryReceiver.up(secret)) {
            receiver.answer(request -> request.sequence() == 1 ? 500 : 200);
            String subscription = subscribe(workspace, receiver.url(), secret, true);
            String complaint = ingest(key);
            acknowledge(key, complaint);

            awaitUntil(
                    PATIENCE,
                    "events 2 and 3 delivered",
                    () -> count(
                                    "select count(*) from webhook_delivery where subscription_id = ?::uuid and status = 'DELIVERED'",
                                    subscription)
                            == 2);
            String dead = Sql.queryOne(
                    "select id || ' ' || status || ' ' || attempts || ' ' || last_status_code from webhook_delivery"
                            + " where subscription_id = ?::uuid and sequence = 1",
                    subscription);
            String deadId = dead.split(" ")[0];
            assertEquals(deadId + " DEAD 8 500", dead);
            List<DeliveryReceiver.Received> firstEvent = receiver.received.stream()
                    .filter(request -> request.sequence() == 1)
                    .toList();
            assertEquals(8, firstEvent.size());
            assertTrue(
                    firstEvent.stream().allMatch(request -> request.webhookId().equals(deadId)));
            assertEquals(List.of(1, 1, 1, 1, 1, 1, 1, 1, 2, 3), sequencesOf(receiver.received, complaint));

            Api.as(key)
                    .get("/v1/webhooks/" + subscription + "/deliveries?status=dead")
                    .then()
                    .statusCode(200)
                    .body("", hasSize(1))
                    .body("[0].id", equalTo(deadId))
                    .body("[0].eventType", equalTo("complaint.created"))
                    .body("[0].complaintId", equalTo(complaint))
                    .body("[0].sequence", equalTo(1))
                    .body("[0].attempts", equalTo(8))
                    .body("[0].lastStatusCode", equalTo(500))
                    .body("[0].lastError", equalTo("HTTP 500"))
                    .body("[0].nextAttemptAt", nullValue())
                    .body("[0].deliveredAt", nullValue());

            receiver.answer(request -> 200);
            Api.as(key)
                    .post("/v1/webhooks/" + subscription + "/deliveries/" + deadId + "/redeliver")
                    .then()
                    .statusCode(202)
                    .body("id", equalTo(deadId))
                    .body("status", equalTo("pending"))
                    .body("attempts", equalTo(0));
            awaitUntil(PATIENCE, "the redelivery", () -> "DELIVERED"
                    .equals(Sql.queryOne("select status from webhook_delivery where id = ?::uuid", deadId)));
            DeliveryReceiver.Received redelivered = receiver.received.getLast();
            assertEquals(deadId, redelivered.webhookId());
            assertTrue(redelivered.verified());
        }
        // Other tests' deliveries may count meanwhile, so at least these.
        assertTrue(Metrics.value(DEAD_ATTEMPTS) - deadBefore >= 1, "a dead attempt counted");
        assertTrue(Metrics.value(RETRIED_ATTEMPTS) - retriedBefore >= 7, "seven retried attempts counted");
    }

    @Test
    void aPingArrivesAndIsListed() {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        String secret = newSecret();
        try (DeliveryReceiver receiver = DeliveryReceiver.up(secret)) {
            String subscription = subscribe(workspace, receiver.url(), secret, false);
            String delivery = Api.as(key)
                    .post("/v1/webhooks/" + subscription + "/ping")
                    .then()
                    .statusCode(202)
                    .body("eventType", equalTo("webhook.ping"))
                    .body("complaintId", nullValue())
                    .body("sequence", nullValue())
                    .body("status", equalTo("pending"))
                    .extract()
                    .path("id");
            awaitUntil(PATIENCE, "the ping", () -> !receiver.received.isEmpty());
            DeliveryReceiver.Received ping = receiver.received.getFirst();
            assertEquals(delivery, ping.webhookId());
            assertEquals("webhook.ping", ping.type());
            assertEquals(subscription, ping.json().at("/data/subscription").asText());
            assertTrue(ping.verified());
            awaitUntil(PATIENCE, "the ping listed as delivered", () -> "delivered"
                    .equals(Api.as(key)
                            .get("/v1/webhooks/" + subscription + "/deliveries?limit=1")
                            .then()
                            .statusCode(200)
                            .body("", hasSize(1))
                            .body("[0].id", equalTo(delivery))
                            .extract()
                            .path("[0].status")));
        }
    }

    @Test
    void deliveriesOfAnotherWorkspaceOrAnUnknownSubscriptionAreNotFound() {
        String mine = Api.newWorkspace();
        String theirs = Api.newWorkspace();
        String theirSubscription = subscribe(theirs, "https://helpdesk.example/hooks", newSecret(), true);
        String key = Api.newKey(mine, Api.ALL_SCOPES);

        Api.as(key)
                .get("/v1/webhooks/" + theirSubscription + "/deliveries")
                .then()
                .statusCode(404);
        Api.as(key).post("/v1/webhooks/" + theirSubscription + "/ping").then().statusCode(404);
        Api.as(key).get("/v1/webhooks/not-a-uuid/deliveries").then().statusCode(404);
        Api.as(key)
                .post("/v1/webhooks/" + theirSubscription + "/deliveries/" + Api.uniqueId() + "/redeliver")
                .then()
                .statusCode(404);
        Api.as(Api.newKey(theirs, List.of("complaints:read", "complaints:write")))
                .get("/v1/webhooks/" + theirSubscription + "/deliveries")
                .then()
                .statusCode(403);
    }

    @Test
    void badListParametersAreNamed() {
        String workspace = Api.newWorkspace();
        String subscription = subscribe(workspace, "https://helpdesk.example/hooks", newSecret(), true);
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        Api.as(key)
                .get("/v1/webhooks/" + subscription + "/deliveries?status=lost")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("status"));
        Api.as(key)
                .get("/v1/webhooks/" + subscription + "/deliveries?limit=0")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void customerContactDetailsGoOnlyToSubscriptionsThatMayHaveThem() {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        String secret = newSecret();
        try (DeliveryReceiver withPii = DeliveryReceiver.up(secret);
                DeliveryReceiver withoutPii = DeliveryReceiver.up(secret)) {
            subscribe(workspace, withPii.url(), secret, true);
            subscribe(workspace, withoutPii.url(), secret, false);
            ingest(key);
            awaitUntil(PATIENCE, "both received", () -> !withPii.received.isEmpty() && !withoutPii.received.isEmpty());

            DeliveryReceiver.Received full = withPii.received.getFirst();
            DeliveryReceiver.Received redacted = withoutPii.received.getFirst();
            assertEquals(
                    "ani@example.org",
                    full.json().at("/data/complaint/customer/email").asText());
            assertTrue(redacted.json().at("/data/complaint").has("customer"));
            assertTrue(redacted.json().at("/data/complaint/customer").isNull());
            assertFalse(redacted.body().contains("ani@example.org"), redacted.body());
            assertFalse(redacted.body().contains("+4915112345678"), redacted.body());
            assertTrue(redacted.verified(), "the redacted body is the one signed");
        }
    }

    @Test
    void duringARotationBothSecretsSign() {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        String current = newSecret();
        String previous = newSecret();
        try (DeliveryReceiver receiver = DeliveryReceiver.up(current)) {
            String subscription = subscribe(workspace, receiver.url(), current, true);
            Sql.update(
                    "update webhook_subscription set previous_secret = ?, previous_secret_expires_at = now() + interval '1 hour'"
                            + " where id = ?::uuid",
                    previous,
                    subscription);
            ingest(key);
            awaitUntil(PATIENCE, "the event", () -> !receiver.received.isEmpty());
            DeliveryReceiver.Received during = receiver.received.getFirst();
            assertEquals(2, during.header("webhook-signature").split(" ").length);
            assertTrue(during.signedBy(current));
            assertTrue(during.signedBy(previous));
            assertFalse(during.signedBy(newSecret()), "the check can fail");

            Sql.update(
                    "update webhook_subscription set previous_secret_expires_at = now() - interval '1 second'"
                            + " where id = ?::uuid",
                    subscription);
            ingest(key);
            awaitUntil(PATIENCE, "the second event", () -> receiver.received.size() >= 2);
            DeliveryReceiver.Received after = receiver.received.get(1);
            assertEquals(1, after.header("webhook-signature").split(" ").length);
            assertTrue(after.signedBy(current));
            assertFalse(after.signedBy(previous));
        }
    }

    @Test
    void aTargetRefusedAtSendTimeGetsNoRequest() {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        // Saved before a policy change, or its name resolves elsewhere now: checked again before each attempt.
        String subscription = subscribe(workspace, "http://169.254.169.254/latest/meta-data/", newSecret(), true);
        ingest(key);
        awaitUntil(
                PATIENCE,
                "a refused attempt",
                () -> Sql.queryOne(
                                "select last_error from webhook_delivery where subscription_id = ?::uuid and attempts >= 1"
                                        + " and last_error is not null",
                                subscription)
                        != null);
        assertEquals(
                "target refused: resolves to a link-local address; no request made",
                Sql.queryOne("select last_error from webhook_delivery where subscription_id = ?::uuid", subscription));
        assertEquals(
                null,
                Sql.queryOne(
                        "select last_status_code from webhook_delivery where subscription_id = ?::uuid", subscription));
    }

    private static List<Integer> sequencesOf(List<DeliveryReceiver.Received> received, String complaint) {
        return received.stream()
                .filter(request -> complaint.equals(request.complaintId()))
                .map(DeliveryReceiver.Received::sequence)
                .toList();
    }

    /** Each sequence of the complaint in the order it first arrived. */
    private static List<Integer> firstArrivals(List<DeliveryReceiver.Received> received, String complaint) {
        List<Integer> order = new ArrayList<>();
        for (int sequence : sequencesOf(received, complaint)) {
            if (!order.contains(sequence)) {
                order.add(sequence);
            }
        }
        return order;
    }

    private static void awaitQuietly(CountDownLatch latch, long millis) {
        try {
            latch.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
