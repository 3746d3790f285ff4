package dev.reviewflow.complaint;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;

import static dev.reviewflow.support.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class ComplaintWorkflowTest {

    @Test
    void aComplaintGoesFromNewToResolvedAndBackWithEveryStepInTheTimeline() {
        String externalId = Api.uniqueId();
        String location = Api.ingest(Api.complaint(Map.of(
                        "channel",
                        "twitter",
                        "externalId",
                        externalId,
                        "author",
                        "@ani_p",
                        "customer",
                        Map.of("name", "Ani Petrosyan", "email", "ani@example.com"),
                        "rating",
                        1,
                        "tags",
                        List.of("Delivery", "cold-food", "delivery"),
                        "location",
                        "Yerevan Center")))
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("ETag", "\"0\"")
                .body("status", equalTo("new"))
                .body("priority", equalTo("high"))
                .body("tags", contains("delivery", "cold-food"))
                .body("customer.name", equalTo("Ani Petrosyan"))
                .body("receivedAt", notNullValue())
                .body("acknowledgedAt", nullValue())
                .extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        given().get(location).then().statusCode(200).body("externalId", equalTo(externalId));

        Api.action(
                        id,
                        "acknowledge",
                        Map.of("reply", "Sorry to hear that. Please send us a DM so we can fix it.", "author", "Maria"))
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("acknowledged"))
                .body("acknowledgedAt", notNullValue());
        Api.action(
                        id,
                        "move-to-private",
                        Map.of("channel", "direct-message", "note", "Asked for the order number by DM"))
                .statusCode(200)
                .body("status", equalTo("moved-to-private"))
                .body("privateChannel", equalTo("direct-message"))
                .body("movedToPrivateAt", notNullValue());
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "visibility", "private", "body", "Could you send us your order number?", "author", "Maria"))
                .post("/v1/complaints/" + id + "/replies")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http"));
        Api.action(id, "resolve", Map.of("outcome", "compensated", "summary", "Refunded the pizza"))
                .statusCode(200)
                .body("status", equalTo("resolved"))
                .body("resolution.outcome", equalTo("compensated"))
                .body("resolution.summary", equalTo("Refunded the pizza"))
                .body("resolvedAt", notNullValue());
        Api.action(id, "reopen", Map.of("reason", "Customer says the refund never arrived"))
                .statusCode(200)
                .body("status", equalTo("moved-to-private"))
                .body("resolution", nullValue())
                .body("resolvedAt", nullValue());
        Api.action(id, "resolve", Map.of("outcome", "resolved-satisfied", "summary", "Refund confirmed"))
                .statusCode(200)
                .body("status", equalTo("resolved"));

        given().get("/v1/complaints/" + id + "/timeline")
                .then()
                .statusCode(200)
                .body(
                        "type",
                        contains(
                                "received",
                                "reply-posted",
                                "acknowledged",
                                "moved-to-private",
                                "reply-posted",
                                "resolved",
                                "reopened",
                                "resolved"))
                .body("[2].fromStatus", equalTo("new"))
                .body("[2].toStatus", equalTo("acknowledged"))
                .body("[1].data.author", equalTo("Maria"))
                .body("actor", org.hamcrest.Matchers.everyItem(startsWith("key:")))
                .body("[3].data.channel", equalTo("direct-message"))
                .body("[5].data.outcome", equalTo("compensated"))
                .body("[6].fromStatus", equalTo("resolved"))
                .body("[6].toStatus", equalTo("moved-to-private"))
                .body("[6].data.reason", equalTo("Customer says the refund never arrived"));
        given().get("/v1/complaints/" + id + "/replies")
                .then()
                .statusCode(200)
                .body("visibility", contains("public", "private"))
                .body("[0].body", equalTo("Sorry to hear that. Please send us a DM so we can fix it."));
    }

    /** The document declares the optional members nullable: null must mean the same as absent. */
    @Test
    void optionalMembersSentAsNullAreTakenAsAbsent() {
        Map<String, Object> body = Api.complaint(Map.of());
        for (String optional : List.of(
                "sourceUrl",
                "customer",
                "rating",
                "title",
                "language",
                "postedAt",
                "tags",
                "priority",
                "assignee",
                "location")) {
            body.put(optional, null);
        }
        Api.ingest(body)
                .statusCode(201)
                .body("rating", nullValue())
                .body("title", nullValue())
                .body("tags", hasSize(0))
                .body("priority", equalTo("normal"));
    }

    @Test
    void theFirstPublicReplyAcknowledgesANewComplaint() {
        String id = Api.newComplaint();
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "visibility",
                        "public",
                        "body",
                        "Thank you for telling us. We are looking into it.",
                        "author",
                        "Maria"))
                .post("/v1/complaints/" + id + "/replies")
                .then()
                .statusCode(201)
                .header("ETag", "\"1\"");
        given().get("/v1/complaints/" + id).then().body("status", equalTo("acknowledged"));
    }

    @Test
    void internalNotesAreAllowedAtAnyTimeAndChangeNothing() {
        String id = Api.newComplaint();
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "visibility",
                        "internal",
                        "body",
                        "Driver confirms the oven was broken on Saturday",
                        "author",
                        "Sam"))
                .post("/v1/complaints/" + id + "/replies")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"");
        given().get("/v1/complaints/" + id).then().body("status", equalTo("new"));
    }

    @Test
    void everyWriteChangesTheETagAndAStaleIfMatchIsRefused() {
        String id = Api.newComplaint();
        String before = Api.etag(id);
        given().contentType(ContentType.JSON)
                .header("If-Match", before)
                .body(Map.of("reply", "We're sorry. Please send us a direct message.", "author", "Maria"))
                .post("/v1/complaints/" + id + "/acknowledge")
                .then()
                .statusCode(200);
        String after = Api.etag(id);
        assertNotEquals(before, after);

        given().contentType(ContentType.JSON)
                .header("If-Match", before)
                .body(Map.of("outcome", "explained", "summary", "Explained the delay"))
                .post("/v1/complaints/" + id + "/resolve")
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:reviewflow:problem:stale-precondition"));
        given().get("/v1/complaints/" + id).then().body("status", equalTo("acknowledged"));

        given().contentType(ContentType.JSON)
                .header("If-Match", after)
                .body(Map.of("outcome", "explained", "summary", "Explained the delay"))
                .post("/v1/complaints/" + id + "/resolve")
                .then()
                .statusCode(200);
    }

    @Test
    void directMessagesAreRefusedOnChannelsThatHaveNone() {
        String id = Api.acknowledgedComplaint(); // a Google review: no direct messages there
        Api.action(id, "move-to-private", Map.of("channel", "direct-message"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("channel"));
        Api.action(id, "move-to-private", Map.of("channel", "email")).statusCode(200);
    }

    @Test
    void ingestingTheSamePostAgainReturnsTheStoredComplaintAndRecordsAnEditedText() {
        Map<String, Object> first = Api.complaint(Map.of("rating", 2, "title", "Cold"));
        String id = Api.ingest(first).statusCode(201).extract().path("id");
        Api.ingest(first).statusCode(200).body("id", equalTo(id)).header("ETag", "\"0\"");

        Map<String, Object> edited = new java.util.HashMap<>(first);
        edited.put("body", "Update: they called me and sent a new pizza. Still, it was cold.");
        edited.put("rating", 3);
        Api.ingest(edited)
                .statusCode(200)
                .body("id", equalTo(id))
                .body("body", equalTo(edited.get("body")))
                .body("rating", equalTo(3))
                .body("priority", equalTo("normal"))
                .header("ETag", "\"1\"");
        List<Map<String, Object>> timeline = given().get("/v1/complaints/" + id + "/timeline")
                .then()
                .extract()
                .path("");
        assertEquals(
                List.of(1, 2),
                timeline.stream().map(event -> event.get("sequence")).toList());
        assertEquals("source-updated", timeline.get(1).get("type"));
        given().get("/v1/complaints/" + id + "/timeline")
                .then()
                .body("[1].data.changed", contains("body", "rating"))
                .body("[1].data.previous.body", equalTo(first.get("body")))
                .body("[1].data.previous.rating", equalTo(2));
    }

    @Test
    void theSameExternalIdOnAnotherChannelIsAnotherComplaint() {
        String externalId = Api.uniqueId();
        String onGoogle = Api.newComplaint(Map.of("channel", "google", "externalId", externalId));
        String onYelp = Api.newComplaint(Map.of("channel", "yelp", "externalId", externalId));
        assertNotEquals(onGoogle, onYelp);
    }

    @Test
    void patchChangesOnlyTheNamedFieldsAndNullClears() {
        String id = Api.newComplaint(Map.of("assignee", "sam", "location", "Tartu"));
        given().contentType("application/merge-patch+json")
                .body(Map.of("tags", List.of("Saturday", "cold-food"), "priority", "urgent"))
                .patch("/v1/complaints/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("tags", contains("saturday", "cold-food"))
                .body("priority", equalTo("urgent"))
                .body("assignee", equalTo("sam"))
                .body("location", equalTo("Tartu"));
        given().contentType("application/merge-patch+json")
                .body("{\"assignee\": null, \"priority\": null}")
                .patch("/v1/complaints/" + id)
                .then()
                .statusCode(200)
                .body("assignee", nullValue())
                .body("priority", equalTo("high"))
                .body("tags", hasSize(2));
        given().get("/v1/complaints/" + id + "/timeline")
                .then()
                .body("type", contains("received", "updated", "updated"))
                .body("[1].data.priority", equalTo("urgent"));
    }

    @Test
    void patchRefusesFieldsThatOnlyActionsMayChange() {
        String id = Api.newComplaint();
        given().contentType("application/merge-patch+json")
                .body(Map.of("status", "resolved", "tags", List.of(" ")))
                .patch("/v1/complaints/" + id)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("status", "tags[0]"));
        given().get("/v1/complaints/" + id)
                .then()
                .body("status", equalTo("new"))
                .header("ETag", "\"0\"");
    }
}
