package dev.reviewflow.reply;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import dev.reviewflow.support.Api;

import static dev.reviewflow.support.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ReplyApiTest {

    private static io.restassured.response.ValidatableResponse reply(String id, String visibility, String body) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("visibility", visibility, "body", body, "author", "Maria"))
                .post("/v1/complaints/" + id + "/replies")
                .then();
    }

    @Test
    void aRefusedReplyNamesEachFindingWithItsPositionInTheText() {
        String id = Api.acknowledgedComplaint();
        String text = "Please post your card number here so we can check.";
        List<Map<String, Object>> findings = reply(id, "public", text)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:reviewflow:problem:reply-rejected"))
                .extract()
                .path("findings");
        Map<String, Object> finding = findings.stream()
                .filter(f -> f.get("code").equals("private-data-request"))
                .findFirst()
                .orElseThrow();
        assertEquals("reject", finding.get("severity"));
        assertEquals("card number", text.substring((Integer) finding.get("start"), (Integer) finding.get("end")));
    }

    @Test
    void aHeatedReplyIsStoredWithItsWarnings() {
        String id = Api.acknowledgedComplaint();
        reply(id, "public", "We DID NOT FORGET your order!!! Please write to us.")
                .statusCode(201)
                .body("findings.code", contains("shouting", "exclamations"))
                .body("findings.severity", contains("warn", "warn"));
        given().get("/v1/complaints/" + id + "/replies")
                .then()
                .body("[1].findings.code", contains("shouting", "exclamations"));
    }

    @Test
    void acknowledgeReturnsTheWarningsOfItsReply() {
        String id = Api.newComplaint();
        Api.action(id, "acknowledge", Map.of("reply", "Sorry!!! Please send us a direct message.", "author", "Maria"))
                .statusCode(200)
                .body("status", equalTo("acknowledged"))
                .body("warnings.code", contains("exclamations"));
        given().get("/v1/complaints/" + id).then().body("warnings", equalTo(null));
    }

    @Test
    void aReplyLongerThanTheChannelAllowsIsRefused() {
        String id = Api.newComplaint(Map.of("channel", "twitter"));
        reply(id, "public", "a".repeat(281)).statusCode(422).body("findings.code", hasItem("too-long"));
        reply(id, "public", "Sorry about this. " + "a".repeat(262)).statusCode(201);
    }

    @Test
    void privateRepliesMayAskForPrivateDataButOnlyInAPrivateConversation() {
        String id = Api.acknowledgedComplaint();
        Api.action(id, "move-to-private", Map.of("channel", "email")).statusCode(200);
        reply(id, "private", "Could you send us your order number and phone number?")
                .statusCode(201)
                .body("findings", empty());
    }

    @Test
    void replyChecksGiveTheSameFindingsAsPostingWithoutStoringAnything() {
        String id = Api.newComplaint(
                Map.of("channel", "twitter", "customer", Map.of("name", "Jüri Tamm", "email", "jyri@example.ee")));
        String draft = "Tere Jüri! Kirjutage meile aadressile jyri@example.ee!!";
        List<Object> checked = given().contentType(ContentType.JSON)
                .body(Map.of("body", draft, "complaintId", id))
                .post("/v1/reply-checks")
                .then()
                .statusCode(200)
                .body("acceptable", equalTo(false))
                .extract()
                .path("findings");
        List<Object> posted =
                reply(id, "public", draft).statusCode(422).extract().path("findings");
        assertEquals(posted, checked);
        given().get("/v1/complaints/" + id + "/replies").then().body("size()", equalTo(0));
        given().get("/v1/complaints/" + id).then().body("status", equalTo("new"));
    }

    @Test
    void replyChecksWorkWithoutAComplaintAndWithAChannel() {
        given().contentType(ContentType.JSON)
                .body(Map.of("body", "Thank you, we are on it."))
                .post("/v1/reply-checks")
                .then()
                .statusCode(200)
                .body("acceptable", equalTo(true))
                .body("findings", empty());
        given().contentType(ContentType.JSON)
                .body(Map.of("body", "x".repeat(281), "channel", "twitter"))
                .post("/v1/reply-checks")
                .then()
                .statusCode(200)
                .body("acceptable", equalTo(false))
                .body("findings.code", contains("too-long"));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "body",
                        "hello",
                        "complaintId",
                        java.util.UUID.randomUUID().toString()))
                .post("/v1/reply-checks")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aWorkspaceMayShowItsOwnContactPointsInPublicButNoOtherWorkspaceMay() {
        String workspace = Api.newWorkspace();
        String key = Api.newKey(workspace, Api.ALL_SCOPES);
        String reply = "Sorry about this. Please write to help@pizza-napoli.example or call +39 081 555 0100.";
        io.restassured.specification.RequestSpecification check = Api.as(key).contentType(ContentType.JSON);
        check.body(Map.of("body", reply)).post("/v1/reply-checks").then().body("acceptable", equalTo(false));

        Api.as(key)
                .contentType(ContentType.JSON)
                .body(Map.of("replyAllowedContacts", List.of("help@pizza-napoli.example", "+39 081 555 0100")))
                .put("/v1/workspaces/" + workspace + "/settings")
                .then()
                .statusCode(200);
        Api.as(key)
                .contentType(ContentType.JSON)
                .body(Map.of("body", reply))
                .post("/v1/reply-checks")
                .then()
                .body("acceptable", equalTo(true))
                .body("findings", empty());
        given().contentType(ContentType.JSON)
                .body(Map.of("body", reply))
                .post("/v1/reply-checks")
                .then()
                .body("acceptable", equalTo(false));
    }
}
