package dev.reviewflow.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;
import dev.reviewflow.support.Sql;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Follow-ups: one per resolution, due after the workspace's delay, cancelled by a reopen, listed
 * while unsent, and emitted once into the timeline (and so to the webhooks) by the job, also when
 * two runs race. Each test works in a workspace of its own.
 */
@QuarkusTest
class FollowUpTest {

    @Inject
    FollowUpEmitter emitter;

    @Test
    void aResolutionSchedulesAFollowUpAfterTheWorkspacesDelay() {
        Workspace ws = Workspace.create();
        ws.settings(Map.of("replyAllowedContacts", List.of(), "followUpAfter", "P3D"))
                .statusCode(200)
                .body("followUpAfter", equalTo("P3D"));
        String id = ws.resolvedComplaint("explained", 2);

        assertEquals(
                "SCHEDULED 3 days",
                Sql.queryOne(
                        "select f.status || ' ' || (f.due_at - c.resolved_at)::text from follow_up f"
                                + " join complaint c on c.id = f.complaint_id where f.complaint_id = ?::uuid",
                        id));
        ws.followUps("")
                .statusCode(200)
                .body("items.complaintId", contains(id))
                .body("items[0].status", equalTo("scheduled"))
                .body("items[0].outcome", equalTo("explained"))
                .body("items[0].channel", equalTo("google"))
                .body("more", equalTo(false));
        ws.followUps("?due=true").statusCode(200).body("items", empty());
    }

    @Test
    void newWorkspacesAskAfterSevenDaysAndNullMeansNoFollowUps() {
        Workspace ws = Workspace.create();
        Api.as(ws.key)
                .get("/v1/workspaces/" + ws.id + "/settings")
                .then()
                .statusCode(200)
                .body("followUpAfter", equalTo("P7D"));
        Map<String, Object> none = new HashMap<>();
        none.put("replyAllowedContacts", List.of());
        none.put("followUpAfter", null);
        ws.settings(none).statusCode(200).body("followUpAfter", nullValue());

        String id = ws.resolvedComplaint("compensated", 1);
        assertEquals("0", Sql.queryOne("select count(*) from follow_up where complaint_id = ?::uuid", id));
    }

    @Test
    void theDelayMustBeAnIsoDurationInRange() {
        Workspace ws = Workspace.create();
        for (String bad : List.of("7 days", "PT0S", "-P1D", "P367D", "PT30S", "P1M", "PT" + "0".repeat(40) + "60S")) {
            ws.settings(Map.of("replyAllowedContacts", List.of(), "followUpAfter", bad))
                    .statusCode(422)
                    .body("errors[0].field", equalTo("followUpAfter"));
        }
        ws.settings(Map.of("replyAllowedContacts", List.of(), "followUpAfter", "PT12H"))
                .statusCode(200);
    }

    @Test
    void aReopenCancelsTheFollowUpAndTheNextResolutionSchedulesANewOne() {
        Workspace ws = Workspace.create();
        String id = ws.resolvedComplaint("explained", 2);
        ws.action(id, "reopen", Map.of("reason", "The customer wrote again")).statusCode(200);
        assertEquals(
                "CANCELLED",
                Sql.queryOne("select string_agg(status, ',') from follow_up where complaint_id = ?::uuid", id));
        ws.followUps("").statusCode(200).body("items", empty());

        ws.action(id, "resolve", Map.of("outcome", "compensated", "summary", "Voucher sent"))
                .statusCode(200);
        assertEquals(
                "CANCELLED:EXPLAINED,SCHEDULED:COMPENSATED",
                Sql.queryOne(
                        "select string_agg(status || ':' || outcome, ',' order by resolved_at) from follow_up"
                                + " where complaint_id = ?::uuid",
                        id));
    }

    @Test
    void everyResolutionGetsAFollowUpWhateverItsOutcomeOrRating() {
        Workspace ws = Workspace.create();
        for (String outcome : List.of(
                "resolved-satisfied", "compensated", "explained", "no-response-from-customer", "not-actionable")) {
            String id = ws.resolvedComplaint(outcome, 1);
            assertEquals("1", Sql.queryOne("select count(*) from follow_up where complaint_id = ?::uuid", id), outcome);
        }
        ws.followUps("").statusCode(200).body("items", hasSize(5));
    }

    @Test
    void dueFollowUpsAreListedWithTheCustomersContactOnlyForPersonalDataReaders() {
        Workspace ws = Workspace.create();
        String id = ws.resolvedComplaint("not-actionable", 1);
        makeDue(id);

        ws.followUps("?due=true")
                .statusCode(200)
                .body("items.complaintId", contains(id))
                .body("items[0].outcome", equalTo("not-actionable"))
                .body("items[0].customer.email", equalTo("ani@example.com"));
        String withoutPii = Api.newKey(ws.id, List.of("complaints:read"));
        Api.as(withoutPii)
                .get("/v1/follow-ups?due=true")
                .then()
                .statusCode(200)
                .body("items.complaintId", contains(id))
                .body("items[0].customer", nullValue());
        ws.followUps("?due=maybe").statusCode(422).body("errors[0].field", equalTo("due"));
        ws.followUps("?limit=0").statusCode(422).body("errors[0].field", equalTo("limit"));
        // Another workspace sees none of them.
        Workspace.create().followUps("").statusCode(200).body("items", empty());
    }

    @Test
    void theListIsLimitedAndSaysWhenThereIsMore() {
        Workspace ws = Workspace.create();
        String first = ws.resolvedComplaint("explained", 3);
        ws.resolvedComplaint("explained", 3);
        ws.followUps("?limit=1")
                .statusCode(200)
                .body("items.complaintId", contains(first))
                .body("more", equalTo(true));
    }

    @Test
    void aSentFollowUpLeavesTheListAndACancelledOneCannotBeSent() {
        Workspace ws = Workspace.create();
        String id = ws.resolvedComplaint("explained", 2);
        String followUp = Sql.queryOne("select id from follow_up where complaint_id = ?::uuid", id);
        ws.sent(followUp).statusCode(200).body("status", equalTo("sent")).body("sentAt", not(nullValue()));
        ws.sent(followUp).statusCode(200).body("status", equalTo("sent"));
        ws.followUps("").statusCode(200).body("items", empty());

        String reopened = ws.resolvedComplaint("explained", 2);
        ws.action(reopened, "reopen", Map.of("reason", "Wrote again")).statusCode(200);
        String cancelled = Sql.queryOne("select id from follow_up where complaint_id = ?::uuid", reopened);
        ws.sent(cancelled).statusCode(409).body("type", equalTo("urn:reviewflow:problem:follow-up-cancelled"));
        // Another workspace's follow-up does not exist for this one.
        Workspace.create().sent(followUp).statusCode(404);
    }

    @Test
    void dueFollowUpsAreEmittedExactlyOnceWhenTwoRunsRace() throws Exception {
        Workspace ws = Workspace.create();
        String subscription = subscribe(ws.id);
        List<String> ids = List.of(
                ws.resolvedComplaint("explained", 1),
                ws.resolvedComplaint("not-actionable", 1),
                ws.resolvedComplaint("compensated", 5));
        String notYetDue = ws.resolvedComplaint("explained", 2);
        ids.forEach(FollowUpTest::makeDue);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService runs = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Integer>> racing = List.of(
                    CompletableFuture.supplyAsync(() -> awaitThenEmit(start), runs),
                    CompletableFuture.supplyAsync(() -> awaitThenEmit(start), runs));
            start.countDown();
            CompletableFuture.allOf(racing.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            runs.shutdownNow();
        }
        emitter.emitDue();

        for (String id : ids) {
            assertEquals(
                    "1 system:follow-up",
                    Sql.queryOne(
                            "select count(*) || ' ' || string_agg(actor, ',') from timeline_event"
                                    + " where complaint_id = ?::uuid and type = 'FOLLOW_UP_DUE'",
                            id),
                    id);
            assertEquals("EMITTED", Sql.queryOne("select status from follow_up where complaint_id = ?::uuid", id));
            assertEquals(
                    "1",
                    Sql.queryOne(
                            "select count(*) from webhook_delivery d join webhook_event e on e.id = d.event_id"
                                    + " where d.subscription_id = ?::uuid and e.complaint_id = ?::uuid"
                                    + " and e.type = 'follow-up.due'",
                            subscription,
                            id));
        }
        assertEquals(
                "SCHEDULED 0",
                Sql.queryOne(
                        "select f.status || ' ' || (select count(*) from timeline_event t where t.complaint_id ="
                                + " f.complaint_id and t.type = 'FOLLOW_UP_DUE') from follow_up f"
                                + " where f.complaint_id = ?::uuid",
                        notYetDue));
        Api.as(ws.key)
                .get("/v1/complaints/" + ids.get(1) + "/timeline")
                .then()
                .statusCode(200)
                .body("findAll { it.type == 'follow-up-due' }.data.outcome", contains("not-actionable"));
        // Emitted is not sent: it stays in the due list until the survey went out.
        ws.followUps("?due=true").statusCode(200).body("items", hasSize(3));
    }

    @Test
    void theScheduledJobEmitsDueFollowUpsWithoutAnyRequest() {
        Workspace ws = Workspace.create();
        String id = ws.resolvedComplaint("no-response-from-customer", 1);
        makeDue(id);
        // The suite runs the job every second (application.properties, test profile).
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String status = null;
        while (Instant.now().isBefore(deadline) && !"EMITTED".equals(status)) {
            status = Sql.queryOne("select status from follow_up where complaint_id = ?::uuid", id);
        }
        assertEquals("EMITTED", status);
        assertEquals(
                "1 system:follow-up",
                Sql.queryOne(
                        "select count(*) || ' ' || string_agg(actor, ',') from timeline_event"
                                + " where complaint_id = ?::uuid and type = 'FOLLOW_UP_DUE'",
                        id));
    }

    private int awaitThenEmit(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return emitter.emitDue();
    }

    /** Moves the follow-up's due time (and its resolution) into the past. */
    private static void makeDue(String complaintId) {
        Sql.update(
                "update follow_up set due_at = ?::timestamptz where complaint_id = ?::uuid",
                Instant.now().minus(Duration.ofMinutes(1)).toString(),
                complaintId);
    }

    private static String subscribe(String workspace) {
        return Sql.queryOne(
                "insert into webhook_subscription (id, workspace_id, url, events, active, include_customer, secret,"
                        + " created_at, created_by, version)"
                        + " values (gen_random_uuid(), ?, 'https://helpdesk.example/hooks', '{follow-up.due}', true,"
                        + " true, 'whsec_dGVzdHRlc3R0ZXN0dGVzdHRlc3R0ZXN0dGVzdA==', now(), 'test', 0) returning id",
                workspace);
    }

    /** A fresh workspace and a key of it with every scope. */
    private record Workspace(String id, String key) {

        static Workspace create() {
            String id = Api.newWorkspace();
            return new Workspace(id, Api.newKey(id, Api.ALL_SCOPES));
        }

        ValidatableResponse settings(Map<String, Object> settings) {
            return Api.as(key)
                    .contentType(ContentType.JSON)
                    .body(settings)
                    .put("/v1/workspaces/" + id + "/settings")
                    .then();
        }

        String resolvedComplaint(String outcome, int rating) {
            String complaint = Api.as(key)
                    .contentType(ContentType.JSON)
                    .body(Api.complaint(Map.of(
                            "rating", rating, "customer", Map.of("name", "Ani Petrosyan", "email", "ani@example.com"))))
                    .post("/v1/complaints")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            action(
                            complaint,
                            "acknowledge",
                            Map.of(
                                    "reply",
                                    "We are sorry to hear this. Please send us a direct message so we can make it right.",
                                    "author",
                                    "Maria, support"))
                    .statusCode(200);
            action(complaint, "resolve", Map.of("outcome", outcome, "summary", "Talked it through"))
                    .statusCode(200);
            return complaint;
        }

        ValidatableResponse action(String complaint, String action, Map<String, Object> body) {
            return Api.as(key)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/v1/complaints/" + complaint + "/" + action)
                    .then();
        }

        ValidatableResponse followUps(String query) {
            return Api.as(key).get("/v1/follow-ups" + query).then();
        }

        ValidatableResponse sent(String followUp) {
            return Api.as(key).post("/v1/follow-ups/" + followUp + "/sent").then();
        }
    }
}
