package dev.reviewflow.webhook;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.reviewflow.support.Api;
import dev.reviewflow.support.Sql;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Webhook subscriptions through the API: made, read, changed and deleted by a workspace admin,
 * the secret shown only when it is made, targets checked. Each test works in a workspace of its
 * own; receivers are on 127.0.0.1, which the test profile allows (with plain http).
 */
@QuarkusTest
class WebhookSubscriptionsTest {

    private static final String RECEIVER = "http://127.0.0.1:9/hooks";
    private static final String SECRET_FORM = "whsec_[A-Za-z0-9+/]{43}=";

    @Test
    void theSecretIsShownWhenTheSubscriptionIsMadeAndNeverAgain() {
        String key = adminKey();
        ExtractableResponse<Response> created = as(key).contentType(ContentType.JSON)
                .body(Map.of("url", RECEIVER, "description", "Zammad"))
                .post("/v1/webhooks")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("url", equalTo(RECEIVER))
                .body("events", nullValue())
                .body("description", equalTo("Zammad"))
                .body("active", equalTo(true))
                .body("disabledReason", nullValue())
                .body("createdBy", matchesPattern("key:.+"))
                .body("previousSecretExpiresAt", nullValue())
                .body("secret", matchesPattern(SECRET_FORM))
                .extract();
        String id = created.path("id");
        String secret = created.path("secret");
        assertThat(created.header("Location"), endsWith("/v1/webhooks/" + id));
        assertEquals(32, Base64.getDecoder().decode(secret.substring("whsec_".length())).length);
        assertEquals(secret, Sql.queryOne("select secret from webhook_subscription where id = ?::uuid", id));

        as(key).get("/v1/webhooks/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("$", not(hasKey("secret")));
        as(key).get("/v1/webhooks")
                .then()
                .statusCode(200)
                .body("id", contains(id))
                .body("", everyItem(not(hasKey("secret"))))
                .body(not(containsString(secret.substring("whsec_".length()))));
    }

    @Test
    void eventsAreNamedByTheirWireNamesAndDuplicatesAreDropped() {
        String key = adminKey();
        String id = create(
                        key,
                        Map.of(
                                "url",
                                RECEIVER,
                                "events",
                                List.of("complaint.resolved", "reply.created", "complaint.resolved")))
                .statusCode(201)
                .body("events", contains("complaint.resolved", "reply.created"))
                .extract()
                .path("id");
        assertEquals(
                "{complaint.resolved,reply.created}",
                Sql.queryOne("select events::text from webhook_subscription where id = ?::uuid", id));
    }

    @Test
    void unknownEmptyAndPingEventListsAreRefused() {
        String key = adminKey();
        for (List<String> events : List.<List<String>>of(
                List.of("complaint.created", "complaint.deleted"), List.of(), List.of("webhook.ping"))) {
            create(key, Map.of("url", RECEIVER, "events", events))
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("events"));
        }
        create(key, Map.of("url", RECEIVER, "events", List.of("complaint.created", "complaint.deleted")))
                .body("errors[0].message", containsString("[complaint.deleted]"));
        as(key).get("/v1/webhooks").then().statusCode(200).body("", empty());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not a url",
                "/relative/hooks",
                "ftp://127.0.0.1/hooks",
                "http://169.254.169.254/latest/meta-data/",
                "http://10.0.0.5/hooks",
                "https://192.168.1.10/hooks",
                "http://[fd00:ec2::254]/hooks",
                "http://[::ffff:10.0.0.5]/hooks",
                "http://0.0.0.0/hooks",
                "http://user:password@127.0.0.1/hooks",
                "http://127.0.0.1/hooks#fragment",
                "http:///hooks"
            })
    void targetsTheServiceMayNotCallAreRefusedNamingTheUrl(String url) {
        String key = adminKey();
        create(key, Map.of("url", url))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("url"));
        as(key).get("/v1/webhooks").then().statusCode(200).body("", empty());
    }

    @Test
    void theReasonIsGivenAndAnOverlongUrlIsRefused() {
        String key = adminKey();
        create(key, Map.of("url", "http://169.254.169.254/latest/meta-data/"))
                .statusCode(422)
                .body("errors[0].message", equalTo("resolves to a link-local address"));
        create(key, Map.of("url", "http://10.1.2.3/hooks"))
                .statusCode(422)
                .body("errors[0].message", equalTo("resolves to a private network address"));
        create(key, Map.of("url", "http://127.0.0.1/" + "a".repeat(2000)))
                .statusCode(422)
                .body("errors.field", contains("url"));
        create(key, Map.of("url", "http://localhost:9/hooks")).statusCode(201);
    }

    @Test
    void aPatchChangesOnlyWhatItNames() {
        String key = adminKey();
        String id = create(key, Map.of("url", RECEIVER, "description", "Zammad", "events", List.of("reply.created")))
                .statusCode(201)
                .extract()
                .path("id");
        patch(key, id, null, Map.of("url", "http://127.0.0.1:10/other", "active", false))
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("url", equalTo("http://127.0.0.1:10/other"))
                .body("active", equalTo(false))
                .body("events", contains("reply.created"))
                .body("description", equalTo("Zammad"))
                .body("$", not(hasKey("secret")));
        patch(key, id, null, "{\"events\": null, \"description\": null}")
                .statusCode(200)
                .body("events", nullValue())
                .body("description", nullValue())
                .body("url", equalTo("http://127.0.0.1:10/other"));
        assertNull(Sql.queryOne("select events from webhook_subscription where id = ?::uuid", id));
    }

    @Test
    void aPatchIsCheckedLikeANewSubscription() {
        String key = adminKey();
        String id = newSubscription(key);
        patch(key, id, null, "{\"url\": \"http://10.0.0.5/hooks\", \"events\": [\"complaint.gone\"], \"active\": null}")
                .statusCode(422)
                .body("errors.field", contains("active"));
        patch(key, id, null, Map.of("url", "http://10.0.0.5/hooks"))
                .statusCode(422)
                .body("errors.field", contains("url"));
        patch(key, id, null, Map.of("events", List.of("complaint.gone")))
                .statusCode(422)
                .body("errors.field", contains("events"));
        patch(key, id, null, Map.of("secret", "whsec_mine", "includeCustomer", true))
                .statusCode(422)
                .body("errors.field", containsInAnyOrder("includeCustomer", "secret"));
        as(key).get("/v1/webhooks/" + id).then().header("ETag", "\"0\"").body("url", equalTo(RECEIVER));
    }

    @Test
    void makingASubscriptionActiveAgainClearsWhyItStopped() {
        String key = adminKey();
        String id = newSubscription(key);
        Sql.update("update webhook_subscription set active = false, disabled_reason = 'gone' where id = ?::uuid", id);
        as(key).get("/v1/webhooks/" + id).then().body("disabledReason", equalTo("gone"));
        patch(key, id, null, Map.of("description", "still stopped"))
                .statusCode(200)
                .body("disabledReason", equalTo("gone"))
                .body("active", equalTo(false));
        patch(key, id, null, Map.of("active", true))
                .statusCode(200)
                .body("active", equalTo(true))
                .body("disabledReason", nullValue());
    }

    @Test
    void writesNamingAnOutdatedVersionAreRefused() {
        String key = adminKey();
        String id = newSubscription(key);
        patch(key, id, "\"0\"", Map.of("description", "first")).statusCode(200).header("ETag", "\"1\"");
        patch(key, id, "\"0\"", Map.of("description", "second"))
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:reviewflow:problem:stale-precondition"));
        as(key).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/v1/webhooks/" + id + "/secret/rotate")
                .then()
                .statusCode(412);
        as(key).header("If-Match", "\"0\"").delete("/v1/webhooks/" + id).then().statusCode(412);
        as(key).get("/v1/webhooks/" + id).then().body("description", equalTo("first"));
        as(key).header("If-Match", "\"1\"").delete("/v1/webhooks/" + id).then().statusCode(204);
    }

    @Test
    void deletingASubscriptionDeletesItsDeliveries() {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        String id = newSubscription(key);
        Api.newComplaintAs(key);
        assertEquals("1", Sql.queryOne("select count(*) from webhook_delivery where subscription_id = ?::uuid", id));

        as(key).delete("/v1/webhooks/" + id).then().statusCode(204);

        as(key).get("/v1/webhooks/" + id).then().statusCode(404);
        as(key).delete("/v1/webhooks/" + id).then().statusCode(404);
        assertEquals("0", Sql.queryOne("select count(*) from webhook_delivery where subscription_id = ?::uuid", id));
    }

    @Test
    void aSubscriptionMadeThroughTheApiGetsTheWorkspacesEvents() {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        String resolvedOnly = create(key, Map.of("url", RECEIVER, "events", List.of("complaint.resolved")))
                .statusCode(201)
                .extract()
                .path("id");
        String all = newSubscription(key);
        String complaint = Api.newComplaintAs(key);

        assertEquals(
                "complaint.created:1:PENDING",
                Sql.queryOne(
                        "select string_agg(e.type || ':' || d.sequence || ':' || d.status, ',')"
                                + " from webhook_delivery d join webhook_event e on e.id = d.event_id"
                                + " where d.subscription_id = ?::uuid and d.complaint_id = ?::uuid",
                        all,
                        complaint));
        assertEquals(
                "0",
                Sql.queryOne("select count(*) from webhook_delivery where subscription_id = ?::uuid", resolvedOnly));
    }

    @Test
    void anotherWorkspacesSubscriptionsDoNotExistForTheCaller() {
        String mine = adminKey();
        String theirs = adminKey();
        String id = newSubscription(theirs);

        as(mine).get("/v1/webhooks/" + id).then().statusCode(404).contentType("application/problem+json");
        patch(mine, id, null, Map.of("active", false)).statusCode(404);
        as(mine).contentType(ContentType.JSON)
                .body(Map.of())
                .post("/v1/webhooks/" + id + "/secret/rotate")
                .then()
                .statusCode(404);
        as(mine).delete("/v1/webhooks/" + id).then().statusCode(404);
        as(mine).get("/v1/webhooks").then().statusCode(200).body("", empty());

        as(theirs).get("/v1/webhooks/" + id).then().statusCode(200).body("active", equalTo(true));
        as(mine).get("/v1/webhooks/not-a-uuid").then().statusCode(404);
    }

    @Test
    void managingSubscriptionsNeedsTheAdminScope() {
        String workspace = Api.newWorkspace();
        String admin = Api.newKey(workspace, List.of("admin"));
        String id = newSubscription(admin);
        String notAdmin = Api.newKey(workspace, List.of("complaints:read", "complaints:write", "pii:read"));

        create(notAdmin, Map.of("url", RECEIVER)).statusCode(403);
        as(notAdmin).get("/v1/webhooks").then().statusCode(403);
        as(notAdmin).get("/v1/webhooks/" + id).then().statusCode(403);
        patch(notAdmin, id, null, Map.of("active", false)).statusCode(403);
        as(notAdmin)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/v1/webhooks/" + id + "/secret/rotate")
                .then()
                .statusCode(403);
        as(notAdmin).delete("/v1/webhooks/" + id).then().statusCode(403);
        as(null).get("/v1/webhooks").then().statusCode(401);
        as(admin).get("/v1/webhooks/" + id).then().statusCode(200).body("active", equalTo(true));
    }

    @Test
    void contactDetailsGoOnlyToSubscriptionsWhoseCreatorMayReadThem() {
        String workspace = Api.newWorkspace();
        String withPii = newSubscription(Api.newKey(workspace, List.of("admin", "pii:read")));
        String withoutPii = newSubscription(Api.newKey(workspace, List.of("admin")));
        String admin = Api.newKey(workspace, List.of("admin"));

        as(admin).get("/v1/webhooks/" + withPii).then().body("includeCustomer", equalTo(true));
        as(admin).get("/v1/webhooks/" + withoutPii).then().body("includeCustomer", equalTo(false));
        patch(admin, withPii, null, Map.of("description", "changed by a key without pii:read"))
                .statusCode(200)
                .body("includeCustomer", equalTo(true));
    }

    @Test
    void rotationShowsTheNewSecretOnceAndKeepsTheOldOneSigningForTheOverlap() {
        String key = adminKey();
        ExtractableResponse<Response> created =
                create(key, Map.of("url", RECEIVER)).statusCode(201).extract();
        String id = created.path("id");
        String first = created.path("secret");

        String second = rotate(key, id, null)
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("secret", matchesPattern(SECRET_FORM))
                .body("previousSecretExpiresAt", notNullValue())
                .extract()
                .path("secret");
        assertNotEquals(first, second);
        assertEquals(
                second + " " + first + " true",
                Sql.queryOne(
                        "select secret || ' ' || previous_secret || ' ' || (previous_secret_expires_at between"
                                + " now() + interval '23 hours 59 minutes' and now() + interval '24 hours 1 minute')"
                                + " from webhook_subscription where id = ?::uuid",
                        id));
        as(key).get("/v1/webhooks/" + id)
                .then()
                .body("$", not(hasKey("secret")))
                .body("previousSecretExpiresAt", notNullValue());

        // Rotating within the overlap: the secret just replaced signs on, the older one stops.
        String third = rotate(key, id, Map.of("overlap", "PT1H"))
                .statusCode(200)
                .extract()
                .path("secret");
        assertEquals(
                third + " " + second + " true",
                Sql.queryOne(
                        "select secret || ' ' || previous_secret || ' ' || (previous_secret_expires_at between"
                                + " now() + interval '59 minutes' and now() + interval '61 minutes')"
                                + " from webhook_subscription where id = ?::uuid",
                        id));

        String fourth = rotate(key, id, Map.of("overlap", "PT0S"))
                .statusCode(200)
                .body("previousSecretExpiresAt", nullValue())
                .extract()
                .path("secret");
        assertEquals(
                fourth + " true",
                Sql.queryOne(
                        "select secret || ' ' || (previous_secret is null and previous_secret_expires_at is null)"
                                + " from webhook_subscription where id = ?::uuid",
                        id));
    }

    @Test
    void aRotationWithoutABodyTakesTheDefaultOverlap() {
        String key = adminKey();
        String id = newSubscription(key);
        as(key).contentType(ContentType.JSON)
                .post("/v1/webhooks/" + id + "/secret/rotate")
                .then()
                .statusCode(200)
                .body("secret", matchesPattern(SECRET_FORM));
        assertEquals(
                "true",
                Sql.queryOne(
                        "select (previous_secret_expires_at between now() + interval '23 hours 59 minutes'"
                                + " and now() + interval '24 hours 1 minute')::text from webhook_subscription"
                                + " where id = ?::uuid",
                        id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P8D", "PT-1H", "a day", "P1W", ""})
    void anOverlapOutsideZeroToSevenDaysIsRefused(String overlap) {
        String key = adminKey();
        String id = newSubscription(key);
        rotate(key, id, Map.of("overlap", overlap))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("overlap"));
        as(key).get("/v1/webhooks/" + id).then().header("ETag", "\"0\"");
    }

    @Test
    void aWorkspaceHasAtMostTheConfiguredNumberOfSubscriptions() {
        String key = adminKey();
        for (int i = 0; i < 20; i++) {
            newSubscription(key);
        }
        create(key, Map.of("url", RECEIVER))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:reviewflow:problem:webhook-subscription-limit"));
        as(key).get("/v1/webhooks").then().body("size()", equalTo(20));
    }

    private static String adminKey() {
        return Api.newKey(Api.newWorkspace(), Api.ALL_SCOPES);
    }

    private static RequestSpecification as(String key) {
        return Api.as(key);
    }

    private static ValidatableResponse create(String key, Map<String, Object> body) {
        return as(key).contentType(ContentType.JSON)
                .body(body)
                .post("/v1/webhooks")
                .then();
    }

    private static String newSubscription(String key) {
        return create(key, Map.of("url", RECEIVER)).statusCode(201).extract().path("id");
    }

    private static ValidatableResponse patch(String key, String id, String ifMatch, Object body) {
        RequestSpecification request = as(key).contentType("application/merge-patch+json");
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.body(body).patch("/v1/webhooks/" + id).then();
    }

    private static ValidatableResponse rotate(String key, String id, Map<String, Object> body) {
        return as(key).contentType(ContentType.JSON)
                .body(body == null ? Map.of() : body)
                .post("/v1/webhooks/" + id + "/secret/rotate")
                .then();
    }
}
