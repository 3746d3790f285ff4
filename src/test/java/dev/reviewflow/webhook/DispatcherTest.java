package dev.reviewflow.webhook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;
import dev.reviewflow.support.Sql;

import static dev.reviewflow.webhook.DeliveryTesting.acknowledge;
import static dev.reviewflow.webhook.DeliveryTesting.awaitUntil;
import static dev.reviewflow.webhook.DeliveryTesting.count;
import static dev.reviewflow.webhook.DeliveryTesting.ingest;
import static dev.reviewflow.webhook.DeliveryTesting.newSecret;
import static dev.reviewflow.webhook.DeliveryTesting.subscribe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dispatcher as several replicas and restarts see it: claims made by two dispatchers at
 * once, a stop between the write and the send, a replica that died mid-attempt, a receiver that
 * hangs, and retention.
 */
@QuarkusTest
class DispatcherTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    DeliveryClaims claims;

    @Test
    void twoDispatchersOnOneDatabaseDeliverEachEventExactlyOnceInSequence() throws Exception {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        String secret = newSecret();
        try (DeliveryReceiver one = DeliveryReceiver.up(secret);
                DeliveryReceiver other = DeliveryReceiver.up(secret)) {
            String firstSubscription = subscribe(workspace, one.url(), secret, true);
            String secondSubscription = subscribe(workspace, other.url(), secret, true);
            dispatcher.stop();
            List<String> complaints = new ArrayList<>();
            ExecutorService replicas = Executors.newFixedThreadPool(2);
            try {
                for (int i = 0; i < 8; i++) {
                    String complaint = ingest(key);
                    acknowledge(key, complaint);
                    complaints.add(complaint);
                }
                String pending = "select count(*) from webhook_delivery where subscription_id in (?::uuid, ?::uuid)"
                        + " and status = 'PENDING'";
                assertEquals(48, count(pending, firstSubscription, secondSubscription));
                long deadline = System.nanoTime() + PATIENCE.toNanos();
                List<Future<Integer>> runs = new ArrayList<>();
                for (int replica = 0; replica < 2; replica++) {
                    runs.add(replicas.submit(() -> {
                        int attempted = 0;
                        while (count(pending, firstSubscription, secondSubscription) > 0
                                && System.nanoTime() < deadline) {
                            attempted += dispatcher.dispatchOnce(3);
                        }
                        return attempted;
                    }));
                }
                int attempted = 0;
                for (Future<Integer> run : runs) {
                    attempted += run.get(PATIENCE.toSeconds() + 5, TimeUnit.SECONDS);
                }
                assertEquals(0, count(pending, firstSubscription, secondSubscription));
                // Each delivery was attempted by one dispatcher at a time: the receivers below got
                // every webhook-id exactly once. An attempt that failed before reaching a receiver
                // (a connection reset on a loaded machine) is retried, so there may be more attempts.
                assertTrue(attempted >= 48, "every delivery attempted: " + attempted);
            } finally {
                replicas.shutdownNow();
                dispatcher.start();
            }
            for (DeliveryReceiver receiver : List.of(one, other)) {
                assertEquals(24, receiver.received.size());
                Map<String, Long> timesById = receiver.received.stream()
                        .collect(Collectors.groupingBy(DeliveryReceiver.Received::webhookId, Collectors.counting()));
                assertEquals(24, timesById.size(), "each webhook-id once: " + timesById);
                for (String complaint : complaints) {
                    assertEquals(
                            List.of(1, 2, 3),
                            receiver.received.stream()
                                    .filter(request -> complaint.equals(request.complaintId()))
                                    .map(DeliveryReceiver.Received::sequence)
                                    .toList());
                }
            }
        }
    }

    @Test
    void whatIsWrittenWhileNoDispatcherRunsIsSentWhenOneStartsAndALapsedClaimIsTakenOver() {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        String secret = newSecret();
        try (DeliveryReceiver receiver = DeliveryReceiver.up(secret)) {
            String subscription = subscribe(workspace, receiver.url(), secret, true);
            String lapsed;
            String stillClaimed;
            dispatcher.stop();
            try {
                String complaint = ingest(key);
                acknowledge(key, complaint);
                String otherComplaint = ingest(key);
                // A replica claimed the first event and died: its lease has run out.
                lapsed = Sql.queryOne(
                        "update webhook_delivery set attempts = 1, claimed_until = now() - interval '1 second',"
                                + " next_attempt_at = now() - interval '1 second'"
                                + " where subscription_id = ?::uuid and complaint_id = ?::uuid and sequence = 1 returning id",
                        subscription,
                        complaint);
                // Another replica is still under way with the other complaint's event.
                stillClaimed = Sql.queryOne(
                        "update webhook_delivery set attempts = 1, claimed_until = now() + interval '1 hour',"
                                + " next_attempt_at = now() + interval '1 hour'"
                                + " where subscription_id = ?::uuid and complaint_id = ?::uuid returning id",
                        subscription,
                        otherComplaint);
                assertEquals(
                        4,
                        count(
                                "select count(*) from webhook_delivery where subscription_id = ?::uuid and status = 'PENDING'",
                                subscription));
                assertTrue(receiver.received.isEmpty());
            } finally {
                dispatcher.start();
            }
            awaitUntil(PATIENCE, "the 3 unclaimed or lapsed events", () -> receiver.received.size() >= 3);
            assertEquals(
                    List.of(1, 2, 3),
                    receiver.received.stream()
                            .map(DeliveryReceiver.Received::sequence)
                            .toList());
            assertEquals(lapsed, receiver.received.getFirst().webhookId());
            assertEquals(
                    "DELIVERED 2",
                    Sql.queryOne("select status || ' ' || attempts from webhook_delivery where id = ?::uuid", lapsed));
            assertTrue(receiver.received.stream()
                    .noneMatch(request -> request.webhookId().equals(stillClaimed)));
            assertEquals(
                    "PENDING", Sql.queryOne("select status from webhook_delivery where id = ?::uuid", stillClaimed));
        }
    }

    @Test
    void aReceiverThatHangsHoldsOnlyItsOwnDeliveries() {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        String secret = newSecret();
        CountDownLatch release = new CountDownLatch(1);
        try (DeliveryReceiver hanging = DeliveryReceiver.up(secret);
                DeliveryReceiver quick = DeliveryReceiver.up(secret)) {
            hanging.answer(request -> {
                try {
                    release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return 200;
            });
            String hangingSubscription = subscribe(workspace, hanging.url(), secret, true);
            subscribe(workspace, quick.url(), secret, true);
            // All due at once: without a limit per subscription the hanging receiver would take every sender.
            dispatcher.stop();
            try {
                for (int i = 0; i < 12; i++) {
                    ingest(key);
                }
            } finally {
                dispatcher.start();
            }
            awaitUntil(PATIENCE, "all 12 at the quick receiver", () -> quick.received.size() >= 12);
            assertEquals(
                    0,
                    count(
                            "select count(*) from webhook_delivery where subscription_id = ?::uuid and last_error is not null",
                            hangingSubscription),
                    "the quick receiver had everything before any attempt at the hanging one timed out (1 s)");
            assertEquals(2, hanging.received.size(), "2 in flight to one subscription at most");
            assertEquals(2, hanging.mostInFlight());
        } finally {
            release.countDown();
        }
    }

    @Test
    void deliveredDeliveriesAndTheirEventsAreRemovedAfterTheRetentionPeriod() {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        String secret = newSecret();
        try (DeliveryReceiver receiver = DeliveryReceiver.up(secret)) {
            String subscription = subscribe(workspace, receiver.url(), secret, true);
            String old = ingest(key);
            String recent = ingest(key);
            awaitUntil(
                    PATIENCE,
                    "both delivered",
                    () -> count(
                                    "select count(*) from webhook_delivery where subscription_id = ?::uuid and status = 'DELIVERED'",
                                    subscription)
                            == 2);
            Sql.update(
                    "update webhook_delivery set delivered_at = now() - interval '31 days' where complaint_id = ?::uuid",
                    old);
            Sql.update(
                    "update webhook_event set occurred_at = now() - interval '31 days' where complaint_id = ?::uuid",
                    old);
            String deadOld = ingest(key);
            Sql.update(
                    "update webhook_delivery set status = 'DEAD', created_at = now() - interval '60 days'"
                            + " where complaint_id = ?::uuid",
                    deadOld);
            Sql.update(
                    "update webhook_event set occurred_at = now() - interval '60 days' where complaint_id = ?::uuid",
                    deadOld);

            claims.removeExpired();

            assertNull(Sql.queryOne("select id from webhook_delivery where complaint_id = ?::uuid", old));
            assertNull(Sql.queryOne("select id from webhook_event where complaint_id = ?::uuid", old));
            assertEquals(
                    "1", Sql.queryOne("select count(*) from webhook_delivery where complaint_id = ?::uuid", recent));
            assertEquals("1", Sql.queryOne("select count(*) from webhook_event where complaint_id = ?::uuid", recent));
            assertEquals("1", Sql.queryOne("select count(*) from webhook_event where complaint_id = ?::uuid", deadOld));
        }
    }
}
