package dev.reviewflow.complaint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;
import dev.reviewflow.support.Sql;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Erasure through the API: after {@code DELETE .../customer} no answer and no stored row of the
 * complaint holds any value of the customer. Each test works in a workspace of its own, so that
 * listing and searching see only its complaints.
 */
@QuarkusTest
class CustomerErasureTest {

    private static final Map<String, Object> ANI = Map.of(
            "name", "Ani Petrosyan",
            "email", "ani@example.com",
            "phone", "+374 10 123456");

    /** Every form of her values the story below writes; none may survive erasure. */
    private static final List<String> HER_VALUES = List.of(
            "Ani",
            "ANI",
            "ani ",
            "Petrosyan",
            "PETROSYAN",
            "petrosyan",
            "ani_p",
            "ani@example.com",
            "123456",
            "12 34 56",
            "x.com");

    @Test
    void erasureRemovesHerFromEveryAnswerAndEveryRow() {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        // A webhook subscription that takes every event, so that the outbox holds the story too.
        Sql.update(
                "insert into webhook_subscription (id, workspace_id, url, active, include_customer, secret,"
                        + " created_at, created_by, version)"
                        + " values (gen_random_uuid(), ?, 'https://helpdesk.example/hooks', true, true,"
                        + " 'whsec_dGVzdHRlc3R0ZXN0dGVzdHRlc3R0ZXN0dGVzdA==', now(), 'test', 0)",
                workspace);
        String externalId = Api.uniqueId();
        Map<String, Object> post = new HashMap<>(Map.of(
                "channel", "twitter",
                "externalId", externalId,
                "sourceUrl", "https://x.com/ani_p/status/1",
                "author", "@ani_p",
                "customer", ANI,
                "rating", 1,
                "title", "Cold pizza",
                "body", "The pizza arrived cold and an hour late."));
        String id = ingest(key, post).statusCode(201).extract().path("id");

        // Two source edits: the first writes her details into the body, the second moves them to
        // the timeline's previous values.
        post.put("body", "I am Ani Petrosyan, write to ani@example.com or +374 10 123456");
        ingest(key, post).statusCode(200);
        post.put("body", "Still no refund for the cold pizza.");
        post.put("title", "Cold pizza, asked by PETROSYAN");
        ingest(key, post).statusCode(200);

        action(
                        key,
                        id,
                        "acknowledge",
                        Map.of(
                                "reply", "We are so sorry. Please send us a direct message.",
                                "author", "Maria, support"))
                .statusCode(200);
        action(
                        key,
                        id,
                        "move-to-private",
                        Map.of("channel", "direct-message", "note", "Ani Petrosyan prefers calls on 010 123456"))
                .statusCode(200);
        reply(key, id, "private", "Dear Ani, we refunded the order and wrote to ani@example.com.", "Maria");
        reply(key, id, "internal", "Called +374-10-12-34-56; Petrosyán was happy.", "Aram");
        action(key, id, "resolve", Map.of("outcome", "compensated", "summary", "Refunded Ani Petrosyan"))
                .statusCode(200);
        action(key, id, "reopen", Map.of("reason", "ANI wrote again from ani@example.com"))
                .statusCode(200);
        action(key, id, "resolve", Map.of("outcome", "explained", "summary", "Explained the delay to ani"))
                .statusCode(200);
        patch(key, id, Map.of("tags", List.of("vip-petrosyan", "delivery"), "assignee", "Aram"));
        String before = Api.as(key).get("/v1/complaints/" + id).then().extract().asString();
        assertTrue(before.contains("Petrosyan"), "the story stores her name: " + before);
        String outbox = Sql.queryOne(
                "select string_agg(payload::text, ' ') from webhook_event where complaint_id = ?::uuid", id);
        assertTrue(outbox.contains("ani@example.com"), "the outbox holds her details: " + outbox);

        Api.as(key)
                .delete("/v1/complaints/" + id + "/customer")
                .then()
                .statusCode(200)
                .body("customer", nullValue())
                .body("author", equalTo("[erased]"))
                .body("sourceUrl", nullValue())
                .body("body", equalTo("Still no refund for the cold pizza."))
                .body("title", equalTo("Cold pizza, asked by [erased]"))
                .body("resolution.summary", equalTo("Explained the delay to [erased]"))
                .body("tags", equalTo(List.of("vip-[erased]", "delivery")))
                .body("assignee", equalTo("Aram"))
                .body("status", equalTo("resolved"))
                .body("rating", equalTo(1));

        List<String> answers = new ArrayList<>();
        answers.add(Api.as(key)
                .get("/v1/complaints/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        answers.add(Api.as(key)
                .get("/v1/complaints/" + id + "/replies")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        answers.add(Api.as(key)
                .get("/v1/complaints/" + id + "/timeline")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        answers.add(Api.as(key)
                .get("/v1/complaints")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        for (String reply : Api.as(key)
                .get("/v1/complaints/" + id + "/replies")
                .then()
                .extract()
                .<List<String>>path("id")) {
            answers.add(Api.as(key)
                    .get("/v1/complaints/" + id + "/replies/" + reply)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
        }
        answers.add(storedRows(id));
        for (String answer : answers) {
            for (String value : HER_VALUES) {
                assertFalse(answer.contains(value), value + " survived erasure in " + answer);
            }
        }
        for (String query : List.of("Ani", "petrosyan", "ani@example.com", "123456")) {
            Api.as(key)
                    .queryParam("q", query)
                    .get("/v1/complaints")
                    .then()
                    .statusCode(200)
                    .body("items", empty());
        }
        Api.as(key).queryParam("q", "cold pizza").get("/v1/complaints").then().body("items", hasSize(1));
        Api.as(key)
                .get("/v1/complaints/" + id + "/replies")
                .then()
                .body(
                        "body",
                        equalTo(List.of(
                                "We are so sorry. Please send us a direct message.",
                                "Dear [erased], we refunded the order and wrote to [erased].",
                                "Called [erased]; [erased] was happy.")));
    }

    @Test
    void aPublicReplyLosesTheHandleAndItsWarningsStillPointAtTheirWords() {
        String key = Api.newKey(Api.newWorkspace(), Api.ALL_SCOPES);
        String id = ingest(key, Api.complaint(Map.of("channel", "twitter", "author", "@pizzafan_77", "customer", ANI)))
                .statusCode(201)
                .extract()
                .path("id");
        String reply = "Thank you @pizzafan_77, we are VERY VERY SORRY. Please send us a direct message.";
        action(key, id, "acknowledge", Map.of("reply", reply, "author", "Maria"))
                .statusCode(200);
        int start = Api.as(key)
                .get("/v1/complaints/" + id + "/replies")
                .then()
                .body("[0].findings[0].code", equalTo("shouting"))
                .extract()
                .path("[0].findings[0].start");
        assertEquals(reply.indexOf("VERY"), start);

        Api.as(key).delete("/v1/complaints/" + id + "/customer").then().statusCode(200);

        ValidatableResponse erased = Api.as(key)
                .get("/v1/complaints/" + id + "/replies")
                .then()
                .body("[0].body", equalTo(reply.replace("@pizzafan_77", "[erased]")))
                .body("[0].findings[0].code", equalTo("shouting"));
        String body = erased.extract().path("[0].body");
        int movedStart = erased.extract().path("[0].findings[0].start");
        int movedEnd = erased.extract().path("[0].findings[0].end");
        assertEquals("VERY VERY SORRY", body.substring(movedStart, movedEnd));
    }

    @Test
    void onlyWholeWordsOfHerGoAndOtherCustomersStayAsTheyWere() {
        String key = Api.newKey(Api.newWorkspace(), Api.ALL_SCOPES);
        Map<String, Object> other = Api.complaint(Map.of(
                "author", "Anita S.",
                "customer", Map.of("name", "Anita Sargsyan", "email", "anita@example.com"),
                "body", "My friend Ani Petrosyan sent me; Anita's pizza was cold too."));
        String otherId = ingest(key, other).statusCode(201).extract().path("id");
        String otherRowsBefore = storedRows(otherId);
        String id = ingest(
                        key,
                        Api.complaint(Map.of(
                                "author",
                                "Ani P.",
                                "customer",
                                ANI,
                                "body",
                                "Ani's friend Anita loved the Anise cake, ÁNI and Petrosyán did not."
                                        + " Ask Ani P. or the manager.")))
                .statusCode(201)
                .extract()
                .path("id");

        Api.as(key)
                .delete("/v1/complaints/" + id + "/customer")
                .then()
                .statusCode(200)
                .body(
                        "body",
                        equalTo("[erased]'s friend Anita loved the Anise cake, [erased] and [erased] did not."
                                + " Ask [erased] or the manager."));

        assertEquals(otherRowsBefore, storedRows(otherId));
        Api.as(key)
                .get("/v1/complaints/" + otherId)
                .then()
                .body("body", equalTo(other.get("body")))
                .body("author", equalTo("Anita S."))
                .body("customer.name", equalTo("Anita Sargsyan"))
                .body("customerErasedAt", nullValue());
    }

    @Test
    void aRedeliveredPostDoesNotBringHerBackAndASecondErasureChangesNothing() {
        String key = Api.newKey(Api.newWorkspace(), Api.ALL_SCOPES);
        Map<String, Object> post = Api.complaint(
                Map.of("author", "@ani_p", "customer", ANI, "body", "I am Ani Petrosyan and the pizza was cold."));
        String id = ingest(key, post).statusCode(201).extract().path("id");
        String etag = Api.as(key).get("/v1/complaints/" + id).then().extract().header("ETag");
        Api.as(key)
                .header("If-Match", "\"999\"")
                .delete("/v1/complaints/" + id + "/customer")
                .then()
                .statusCode(412);
        Api.as(key)
                .header("If-Match", etag)
                .delete("/v1/complaints/" + id + "/customer")
                .then()
                .statusCode(200);
        String erased = storedRows(id);

        Map<String, Object> edited = new HashMap<>(post);
        edited.put("body", "I am Ani Petrosyan, call me on +374 10 123456.");
        ingest(key, post)
                .statusCode(200)
                .body("body", equalTo("I am [erased] and the pizza was cold."))
                .body("author", equalTo("[erased]"))
                .body("customer", nullValue());
        ingest(key, edited).statusCode(200).body("body", equalTo("I am [erased] and the pizza was cold."));
        Api.as(key).delete("/v1/complaints/" + id + "/customer").then().statusCode(200);

        assertEquals(erased, storedRows(id));
        Api.as(key)
                .get("/v1/complaints/" + id + "/timeline")
                .then()
                .body("findAll { it.type == 'customer-erased' }", hasSize(1))
                .body("findAll { it.type == 'source-updated' }", empty())
                .body("find { it.type == 'customer-erased' }.data.fields", hasItem("sourceUrl"));
    }

    /** The complaint's row, its replies', its timeline's and its webhook events', as PostgreSQL prints them. */
    private static String storedRows(String id) {
        return Sql.queryOne(
                "select (select c::text from complaint c where id = ?::uuid)"
                        + " || coalesce((select string_agg(r::text, ' ' order by r.id) from reply r"
                        + " where complaint_id = ?::uuid), '')"
                        + " || coalesce((select string_agg(t::text, ' ' order by t.id) from timeline_event t"
                        + " where complaint_id = ?::uuid), '')"
                        + " || coalesce((select string_agg(e::text, ' ' order by e.sequence) from webhook_event e"
                        + " where complaint_id = ?::uuid), '')",
                id,
                id,
                id,
                id);
    }

    private static ValidatableResponse ingest(String key, Map<String, Object> post) {
        return json(key).body(post).post("/v1/complaints").then();
    }

    private static ValidatableResponse action(String key, String id, String action, Map<String, Object> body) {
        return json(key).body(body).post("/v1/complaints/" + id + "/" + action).then();
    }

    private static void reply(String key, String id, String visibility, String body, String author) {
        json(key)
                .body(Map.of("visibility", visibility, "body", body, "author", author))
                .post("/v1/complaints/" + id + "/replies")
                .then()
                .statusCode(201);
    }

    private static void patch(String key, String id, Map<String, Object> patch) {
        Api.as(key)
                .contentType("application/merge-patch+json")
                .body(patch)
                .patch("/v1/complaints/" + id)
                .then()
                .statusCode(200);
    }

    private static RequestSpecification json(String key) {
        return Api.as(key).contentType(ContentType.JSON);
    }
}
