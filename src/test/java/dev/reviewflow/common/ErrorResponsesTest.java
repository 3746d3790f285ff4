package dev.reviewflow.common;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;

import static dev.reviewflow.support.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** Every error status the API promises, each as application/problem+json and with nothing written. */
@QuarkusTest
class ErrorResponsesTest {

    private static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", equalTo("urn:reviewflow:problem:" + type))
                .body("title", not(equalTo(null)))
                .body("detail", not(equalTo(null)))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    @Test
    void malformedJsonIs400() {
        problem(
                given().contentType(ContentType.JSON)
                        .body("{\"channel\": \"google\",")
                        .post("/v1/complaints")
                        .then(),
                400,
                "malformed-request");
    }

    @Test
    void aBodyThatIsNotAnObjectIs400() {
        problem(
                given().contentType(ContentType.JSON)
                        .body("[1, 2]")
                        .post("/v1/complaints")
                        .then(),
                400,
                "malformed-request");
    }

    @Test
    void missingAndInvalidFieldsAre422NamingEachField() {
        problem(
                        Api.ingest(Map.of(
                                "channel",
                                "google",
                                "externalId",
                                Api.uniqueId(),
                                "rating",
                                7,
                                "language",
                                "not a tag!",
                                "customer",
                                Map.of("email", "not-an-email"))),
                        422,
                        "validation-failed")
                .body("errors.field", hasItems("author", "body", "rating", "language", "customer.email"));
    }

    @Test
    void anUnknownEnumValueIs422NamingTheFieldAndTheAllowedValues() {
        problem(Api.ingest(Api.complaint(Map.of("channel", "myspace"))), 422, "validation-failed")
                .body("errors[0].field", equalTo("channel"))
                .body("errors[0].message", containsString("yellow-pages"));
    }

    @Test
    void aWrongTypeIs422() {
        problem(Api.ingest(Api.complaint(Map.of("rating", "five"))), 422, "validation-failed")
                .body("errors[0].field", equalTo("rating"));
    }

    @Test
    void anUnknownFieldIs422() {
        problem(Api.ingest(Api.complaint(Map.of("prority", "high"))), 422, "validation-failed")
                .body("errors[0].field", equalTo("prority"))
                .body("errors[0].message", equalTo("unknown field"));
    }

    @Test
    void aBodyOverTenThousandCharactersIs422() {
        problem(Api.ingest(Api.complaint(Map.of("body", "a".repeat(10_001)))), 422, "validation-failed")
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void badQueryParametersAre422NamingTheParameter() {
        problem(given().get("/v1/complaints?status=open").then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("status"));
        problem(given().get("/v1/complaints?limit=500").then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("limit"));
        problem(given().get("/v1/complaints?receivedAfter=yesterday").then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("receivedAfter"));
        problem(given().get("/v1/complaints?cursor=bm9wZQ").then(), 422, "validation-failed")
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void anUnknownIdIs404AndSoIsAMalformedOne() {
        problem(given().get("/v1/complaints/" + java.util.UUID.randomUUID()).then(), 404, "not-found");
        problem(given().get("/v1/complaints/not-a-uuid").then(), 404, "not-found");
        problem(
                given().get("/v1/complaints/" + java.util.UUID.randomUUID() + "/timeline")
                        .then(),
                404,
                "not-found");
        problem(Api.action(java.util.UUID.randomUUID().toString(), "reopen", Map.of("reason", "x")), 404, "not-found");
    }

    @Test
    void anUnknownPathIs404Problem() {
        given().get("/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aMoveNotAllowedInTheCurrentStateIs409NamingTheStateAndTheAllowedMoves() {
        String id = Api.newComplaint();
        problem(Api.action(id, "resolve", Map.of("outcome", "explained", "summary", "x")), 409, "invalid-transition")
                .body("currentStatus", equalTo("new"))
                .body("allowedActions", equalTo(java.util.List.of("acknowledge")));
        problem(Api.action(id, "move-to-private", Map.of("channel", "email")), 409, "invalid-transition")
                .body("detail", containsString("answered in public"));
        given().get("/v1/complaints/" + id + "/timeline").then().body("size()", equalTo(1));
    }

    @Test
    void aPrivateReplyBeforeThePublicAnswerIs409() {
        String id = Api.newComplaint();
        problem(
                given().contentType(ContentType.JSON)
                        .body(Map.of("visibility", "private", "body", "Send us your order number", "author", "Maria"))
                        .post("/v1/complaints/" + id + "/replies")
                        .then(),
                409,
                "invalid-transition");
        given().get("/v1/complaints/" + id + "/replies").then().body("size()", equalTo(0));
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        String id = Api.newComplaint();
        problem(
                given().contentType("application/merge-patch+json")
                        .header("If-Match", "\"41\"")
                        .body(Map.of("assignee", "sam"))
                        .patch("/v1/complaints/" + id)
                        .then(),
                412,
                "stale-precondition");
        given().get("/v1/complaints/" + id).then().body("assignee", equalTo(null));
    }

    @Test
    void aWrongMediaTypeIs415() {
        problem(
                given().contentType(ContentType.TEXT)
                        .body("hello")
                        .post("/v1/complaints")
                        .then(),
                415,
                "unsupported-media-type");
        String id = Api.newComplaint();
        problem(
                given().contentType(ContentType.JSON)
                        .body(Map.of("assignee", "sam"))
                        .patch("/v1/complaints/" + id)
                        .then(),
                415,
                "unsupported-media-type");
    }

    @Test
    void aHugeBodyIs413() {
        problem(
                given().contentType(ContentType.JSON)
                        .body("{\"body\": \"" + "x".repeat(300 * 1024) + "\"}")
                        .post("/v1/complaints")
                        .then(),
                413,
                "payload-too-large");
    }

    @Test
    void aRefusedPublicReplyIs422WithFindingsAndNothingIsWritten() {
        String id = Api.newComplaint(Map.of("customer", Map.of("name", "Ani Petrosyan")));
        problem(
                        Api.action(
                                id,
                                "acknowledge",
                                Map.of(
                                        "reply", "Dear Ani Petrosyan, please reply with your card number.",
                                        "author", "Maria")),
                        422,
                        "reply-rejected")
                .body("findings.code", hasItems("customer-named", "private-data-request"))
                .body("findings.severity", hasItem("reject"));
        given().get("/v1/complaints/" + id)
                .then()
                .body("status", equalTo("new"))
                .header("ETag", "\"0\"");
        given().get("/v1/complaints/" + id + "/replies").then().body("size()", equalTo(0));
        given().get("/v1/complaints/" + id + "/timeline").then().body("size()", equalTo(1));
    }
}
