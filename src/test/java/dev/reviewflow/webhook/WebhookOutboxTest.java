package dev.reviewflow.webhook;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;
import dev.reviewflow.support.Sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The outbox as written by the API's own transactions: one event per timeline entry, numbered
 * like the timeline, and one pending delivery per subscription that wants it. Each test works
 * in a workspace of its own.
 */
@QuarkusTest
class WebhookOutboxTest {

    @Test
    void everyStepIsWrittenInOrderWithTheComplaintAsItWasThen() {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        String all = subscribe(workspace, null);
        String id = DeliveryTesting.ingest(key);
        DeliveryTesting.acknowledge(key, id);

        assertEquals(
                "complaint.created:1:new,reply.created:2:new,complaint.acknowledged:3:acknowledged",
                Sql.queryOne(
                        "select string_agg(type || ':' || sequence || ':' || (payload #>> '{data,complaint,status}'),"
                                + " ',' order by sequence) from webhook_event where complaint_id = ?::uuid",
                        id));
        // One delivery per event; the dispatcher may already be attempting them.
        assertEquals(
                "1,2,3",
                Sql.queryOne(
                        "select string_agg(sequence::text, ',' order by sequence) from webhook_delivery"
                                + " where subscription_id = ?::uuid and complaint_id = ?::uuid",
                        all,
                        id));
        assertEquals(
                "new acknowledged 3",
                Sql.queryOne(
                        "select concat_ws(' ', payload #>> '{data,from}', payload #>> '{data,to}',"
                                + " payload #>> '{data,sequence}') from webhook_event"
                                + " where complaint_id = ?::uuid and type = 'complaint.acknowledged'",
                        id));
    }

    @Test
    void aSubscriptionGetsOnlyTheEventsItAskedFor() {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        String acknowledgedOnly = subscribe(workspace, "{complaint.acknowledged}");
        String id = DeliveryTesting.ingest(key);
        DeliveryTesting.acknowledge(key, id);

        assertEquals(
                "complaint.acknowledged",
                Sql.queryOne(
                        "select string_agg(e.type, ',') from webhook_delivery d join webhook_event e on e.id = d.event_id"
                                + " where d.subscription_id = ?::uuid",
                        acknowledgedOnly));
    }

    @Test
    void aWorkspaceWithoutSubscriptionsWritesNoEvents() {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        String inactive = subscribe(workspace, null);
        Sql.update("update webhook_subscription set active = false where id = ?::uuid", inactive);
        String id = DeliveryTesting.ingest(key);

        assertEquals("0", Sql.queryOne("select count(*) from webhook_event where complaint_id = ?::uuid", id));
        assertNull(Sql.queryOne("select id from webhook_delivery where subscription_id = ?::uuid", inactive));
    }

    @Test
    void eventsOfOneWorkspaceNeverReachAnotherWorkspacesSubscriptions() {
        String mine = Api.newWorkspace();
        String theirs = Api.newWorkspace();
        String theirSubscription = subscribe(theirs, null);
        String id = DeliveryTesting.ingest(Api.newKey(mine, Api.ALL_SCOPES));

        assertEquals("0", Sql.queryOne("select count(*) from webhook_event where complaint_id = ?::uuid", id));
        assertNull(Sql.queryOne("select id from webhook_delivery where subscription_id = ?::uuid", theirSubscription));
    }

    private static String subscribe(String workspace, String events) {
        return Sql.queryOne(
                "insert into webhook_subscription (id, workspace_id, url, events, active, include_customer, secret,"
                        + " created_at, created_by, version)"
                        + " values (gen_random_uuid(), ?, 'https://helpdesk.example/hooks', ?::text[], true, true,"
                        + " 'whsec_dGVzdHRlc3R0ZXN0dGVzdHRlc3R0ZXN0dGVzdA==', now(), 'test', 0) returning id",
                workspace,
                events);
    }
}
