package dev.reviewflow.sla;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;
import dev.reviewflow.support.Eventually;
import dev.reviewflow.support.Sql;

import static dev.reviewflow.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The breach job: it fires by itself, records each breach once (also when several replicas, here
 * threads, run it at once), raises the priority one step and passes the breach on to webhooks.
 */
@QuarkusTest
class SlaBreachesTest {

    private static final Duration DETECTION_DEADLINE = Duration.ofSeconds(30);

    @Inject
    SlaBreaches breaches;

    private static String ingest(String key, String priority) {
        return as(key).contentType(ContentType.JSON)
                .body(Api.complaint(Map.of("priority", priority)))
                .post("/v1/complaints")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String breachCount(String id) {
        return Sql.queryOne(
                "select count(*) from timeline_event where complaint_id = ?::uuid and type = 'SLA_BREACHED'", id);
    }

    @Test
    void aBreachIsRecordedWithoutAnyRequestOnceAndPassedOnToWebhooks() throws Exception {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        Sql.queryOne(
                "insert into webhook_subscription (id, workspace_id, url, events, active, include_customer, secret,"
                        + " created_at, created_by, version)"
                        + " values (gen_random_uuid(), ?, 'https://helpdesk.example/hooks', null, true, true,"
                        + " 'whsec_dGVzdHRlc3R0ZXN0dGVzdHRlc3R0ZXN0dGVzdA==', now(), 'test', 0) returning id",
                workspace);
        as(key).contentType(ContentType.JSON)
                .body(Map.of("targets", Map.of("acknowledgement", "PT2S"), "calendar", Map.of("aroundTheClock", true)))
                .put("/v1/workspaces/" + workspace + "/sla-policy")
                .then()
                .statusCode(200);
        String id = ingest(key, "normal");

        // No request touches the complaint until the job has recorded the breach.
        Eventually.within(DETECTION_DEADLINE, () -> breachCount(id), "1"::equals);
        breaches.recordDue();
        breaches.recordDue();
        assertEquals("1", breachCount(id), "a breach is recorded once");

        String dueAt = as(key).get("/v1/complaints/" + id)
                .then()
                .statusCode(200)
                .body("priority", equalTo("high"))
                .body("sla.acknowledgement.status", equalTo("missed"))
                .extract()
                .path("sla.acknowledgement.dueAt");
        as(key).get("/v1/complaints/" + id + "/timeline")
                .then()
                .body("[-1].type", equalTo("sla-breached"))
                .body("[-1].actor", equalTo("system:sla"))
                .body("[-1].data.clock", equalTo("acknowledgement"))
                .body("[-1].data.dueAt", equalTo(dueAt))
                .body("[-1].data.priority.from", equalTo("normal"))
                .body("[-1].data.priority.to", equalTo("high"));
        assertEquals(
                "1",
                Sql.queryOne(
                        "select count(*) from webhook_event where complaint_id = ?::uuid"
                                + " and type = 'complaint.sla-breached' and payload -> 'data' ->> 'actor' = 'system:sla'",
                        id));
        assertEquals(
                "1",
                Sql.queryOne(
                        "select count(*) from webhook_delivery d join webhook_event e on e.id = d.event_id"
                                + " where e.complaint_id = ?::uuid and e.type = 'complaint.sla-breached'",
                        id));
    }

    @Test
    void jobsRacingRecordEachBreachExactlyOnceAndRaiseThePriorityOneStep() throws Exception {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        List<String> priorities = List.of("low", "normal", "high", "urgent");
        Map<String, String> raised = Map.of("low", "normal", "normal", "high", "high", "urgent", "urgent", "urgent");
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    ids.add(ingest(key, priorities.get(i % priorities.size())));
                }
                Sql.update(
                        "update complaint set ack_due_at = now() - interval '1 second' where id = any(?::uuid[])",
                        "{" + String.join(",", ids) + "}");

                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> runs = new ArrayList<>();
                for (int replica = 0; replica < 2; replica++) {
                    runs.add(replicas.submit(() -> {
                        start.await();
                        int recorded = 0;
                        for (int call = 0; call < 20; call++) {
                            recorded += breaches.recordDue();
                        }
                        return recorded;
                    }));
                }
                start.countDown();
                for (Future<Integer> run : runs) {
                    run.get(2, TimeUnit.MINUTES);
                }

                for (int i = 0; i < ids.size(); i++) {
                    String id = ids.get(i);
                    assertEquals("1", breachCount(id), "breaches of " + id);
                    assertEquals(
                            raised.get(priorities.get(i % priorities.size())).toUpperCase(),
                            Sql.queryOne("select priority from complaint where id = ?::uuid", id));
                }
            }
        } finally {
            replicas.shutdownNow();
        }
    }

    @Test
    void aClockReachedInTimeOrResolvedIsNeverBreached() throws Exception {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        as(key).contentType(ContentType.JSON)
                .body(Map.of(
                        "targets",
                        Map.of("acknowledgement", "PT1H", "privateContact", "PT1H"),
                        "calendar",
                        Map.of("aroundTheClock", true)))
                .put("/v1/workspaces/" + workspace + "/sla-policy")
                .then()
                .statusCode(200);
        String acknowledged = ingest(key, "normal");
        as(key).contentType(ContentType.JSON)
                .body(Map.of("reply", "We are sorry. Please send us a direct message.", "author", "Maria"))
                .post("/v1/complaints/" + acknowledged + "/acknowledge")
                .then()
                .statusCode(200);
        as(key).contentType(ContentType.JSON)
                .body(Map.of("outcome", "explained", "summary", "Explained in public."))
                .post("/v1/complaints/" + acknowledged + "/resolve")
                .then()
                .statusCode(200);
        // Both due times now lie in the past: the acknowledgement came before its due time, private
        // contact never came but the complaint was resolved before its due time.
        Sql.update(
                "update complaint set received_at = now() - interval '3 hours',"
                        + " acknowledged_at = now() - interval '2 hours', ack_due_at = now() - interval '90 minutes',"
                        + " resolved_at = now() - interval '1 hour',"
                        + " private_contact_due_at = now() - interval '30 minutes' where id = ?::uuid",
                acknowledged);

        breaches.recordDue();

        assertEquals("0", breachCount(acknowledged));
        as(key).get("/v1/complaints/" + acknowledged)
                .then()
                .body("priority", equalTo("normal"))
                .body("sla.acknowledgement.status", equalTo("met"))
                .body("sla.privateContact.status", equalTo("paused"));
    }
}
