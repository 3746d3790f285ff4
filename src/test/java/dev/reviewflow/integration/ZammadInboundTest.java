package dev.reviewflow.integration;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ZammadInboundTest {

    private static final String CARD_NUMBER_REPLY = "Please pay again with card 4111 1111 1111 1111, thanks.";

    private static String ticket(String ticketId, String state) {
        return HelpDesks.payload(
                "zammad-ticket.json",
                Map.of("ticketId", ticketId, "state", state, "updatedAt", "2026-03-02T10:0" + state.length() + ":00Z"));
    }

    private static String article(String ticketId, String articleId, String sender, boolean internal, String body) {
        return HelpDesks.payload(
                "zammad-article.json",
                Map.of(
                        "ticketId", ticketId,
                        "articleId", articleId,
                        "state", "open",
                        "sender", sender,
                        "internal", Boolean.toString(internal),
                        "body", body));
    }

    @Test
    void aClosedTicketResolvesTheComplaintWithTheMappedOutcomeAndReopenedReopensIt() {
        HelpDesks zammad = HelpDesks.setUp("zammad", Map.of("closed", "resolved-satisfied"));
        String ticketId = HelpDesks.numericId();
        String id = zammad.acknowledgedComplaintLinkedTo("zammad", ticketId);

        zammad.sendZammad(ticket(ticketId, "closed"))
                .statusCode(200)
                .body("result", equalTo("applied"))
                .body("complaintId", equalTo(id))
                .body("actions", contains("resolved"));
        zammad.complaint(id)
                .body("status", equalTo("resolved"))
                .body("resolution.outcome", equalTo("resolved-satisfied"));
        assertEquals("integration:zammad", zammad.timeline(id).getLast().get("actor"));

        zammad.sendZammad(ticket(ticketId, "open")).statusCode(200).body("actions", contains("reopened"));
        zammad.complaint(id).body("status", equalTo("acknowledged"));
    }

    @Test
    void aPublicAgentArticleBecomesAPublicReply() {
        HelpDesks zammad = HelpDesks.setUp("zammad", Map.of());
        String ticketId = HelpDesks.numericId();
        String id = zammad.complaintLinkedTo("zammad", ticketId);

        zammad.sendZammad(article(
                        ticketId,
                        HelpDesks.numericId(),
                        "Agent",
                        false,
                        "<p>We are sorry, the next pizza is on us.</p><br>Maria"))
                .statusCode(200)
                .body("actions", contains("reply-posted"));

        Map<String, Object> reply = zammad.replies(id).getLast();
        assertEquals("public", reply.get("visibility"));
        assertEquals("We are sorry, the next pizza is on us.\n\nMaria", reply.get("body"));
        assertEquals("Maria Support", reply.get("author"));
        // The first public answer acknowledges a new complaint, as any public reply does.
        zammad.complaint(id).body("status", equalTo("acknowledged"));
    }

    @Test
    void internalNotesAndCustomerArticlesAreNotPosted() {
        HelpDesks zammad = HelpDesks.setUp("zammad", Map.of());
        String ticketId = HelpDesks.numericId();
        String id = zammad.acknowledgedComplaintLinkedTo("zammad", ticketId);
        int replies = zammad.replies(id).size();

        zammad.sendZammad(article(ticketId, HelpDesks.numericId(), "Agent", true, "Customer is a regular, be nice."))
                .statusCode(202)
                .body("result", equalTo("ignored"));
        zammad.sendZammad(article(ticketId, HelpDesks.numericId(), "Customer", false, "Still waiting."))
                .statusCode(202)
                .body("result", equalTo("ignored"));

        assertEquals(replies, zammad.replies(id).size());
    }

    @Test
    void aRefusedArticleIsAnswered422WithTheFindingsRecordedAndNeverPosted() {
        HelpDesks zammad = HelpDesks.setUp("zammad", Map.of());
        String ticketId = HelpDesks.numericId();
        String id = zammad.acknowledgedComplaintLinkedTo("zammad", ticketId);
        int replies = zammad.replies(id).size();

        zammad.sendZammad(article(ticketId, HelpDesks.numericId(), "Agent", false, CARD_NUMBER_REPLY))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:reviewflow:problem:reply-rejected"))
                .body("findings.code", hasItem("card-number"));

        assertEquals(replies, zammad.replies(id).size());
        Map<String, Object> refused = zammad.timeline(id).getLast();
        assertEquals("inbound-reply-refused", refused.get("type"));
        assertEquals("integration:zammad", refused.get("actor"));
        assertTrue(refused.get("data").toString().contains("card-number"), refused.toString());
        assertTrue(!refused.get("data").toString().contains("4111"), "the refused text is not kept");
    }

    @Test
    void aReplayedEventChangesNothingAndGetsTheFirstAnswer() {
        HelpDesks zammad = HelpDesks.setUp("zammad", Map.of());
        String ticketId = HelpDesks.numericId();
        String id = zammad.complaintLinkedTo("zammad", ticketId);
        String event = article(ticketId, HelpDesks.numericId(), "Agent", false, "Thank you, we are on it.");

        Map<String, Object> first =
                zammad.sendZammad(event).statusCode(200).extract().jsonPath().getMap("$");
        int timeline = zammad.timeline(id).size();
        int replies = zammad.replies(id).size();

        // Zammad retries with the same delivery, and a second trigger sends the same article anew.
        Map<String, Object> replay =
                zammad.sendZammad(event).statusCode(200).extract().jsonPath().getMap("$");

        assertEquals(first, replay);
        assertEquals(timeline, zammad.timeline(id).size());
        assertEquals(replies, zammad.replies(id).size());
    }

    @Test
    void aTicketThatNoComplaintIsLinkedToIsIgnored() {
        HelpDesks zammad = HelpDesks.setUp("zammad", Map.of());

        zammad.sendZammad(ticket(HelpDesks.numericId(), "closed"))
                .statusCode(202)
                .body("result", equalTo("ignored"))
                .body("detail", startsWith("No complaint is linked"));
    }

    @Test
    void closingAComplaintTheLifecycleCannotResolveIs409AndRecordsNothing() {
        HelpDesks zammad = HelpDesks.setUp("zammad", Map.of());
        String ticketId = HelpDesks.numericId();
        String id = zammad.complaintLinkedTo("zammad", ticketId);
        int timeline = zammad.timeline(id).size();
        String closed = ticket(ticketId, "closed");

        zammad.sendZammad(closed).statusCode(409).body("type", equalTo("urn:reviewflow:problem:invalid-transition"));
        assertEquals(timeline, zammad.timeline(id).size());

        // Nothing was kept of the refused event: once the complaint can be resolved, the retry resolves it.
        zammad.api()
                .contentType("application/json")
                .body(Map.of("reply", "We are sorry to hear this.", "author", "Maria"))
                .post("/v1/complaints/" + id + "/acknowledge")
                .then()
                .statusCode(200);
        zammad.sendZammad(closed).statusCode(200).body("actions", contains("resolved"));
    }

    @Test
    void aMissingOrWrongSignatureOrUnknownWorkspaceIs401AlikeAndChangesNothing() {
        HelpDesks zammad = HelpDesks.setUp("zammad", Map.of());
        String ticketId = HelpDesks.numericId();
        String id = zammad.acknowledgedComplaintLinkedTo("zammad", ticketId);
        String closed = ticket(ticketId, "closed");

        zammad.send(closed, Map.of())
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", notNullValue())
                .body("detail", equalTo("The event's signature does not verify."));
        zammad.send(closed, Map.of("X-Hub-Signature", "sha1=" + HelpDesks.hmacHex("HmacSHA1", "wrong", closed)))
                .statusCode(401)
                .body("detail", equalTo("The event's signature does not verify."));
        String signed = "sha1=" + HelpDesks.hmacHex("HmacSHA1", zammad.secret, closed);
        zammad.send(closed.replace("\"closed\"", "\"merged\""), Map.of("X-Hub-Signature", signed))
                .statusCode(401);
        dev.reviewflow.support.Api.as(null)
                .contentType("application/json")
                .header("X-Hub-Signature", signed)
                .queryParam("workspace", "no-such-workspace")
                .body(closed)
                .post("/v1/integrations/zammad/events")
                .then()
                .statusCode(401)
                .body("detail", equalTo("The event's signature does not verify."));

        zammad.complaint(id).body("status", not(equalTo("resolved")));
    }

    @Test
    void anInactiveIntegrationAndARotatedSecretRefuseTheOldSignature() {
        HelpDesks zammad = HelpDesks.setUp("zammad", Map.of());
        String ticketId = HelpDesks.numericId();
        zammad.acknowledgedComplaintLinkedTo("zammad", ticketId);
        String closed = ticket(ticketId, "closed");

        String rotated = zammad.api()
                .post("/v1/integrations/zammad/secret")
                .then()
                .statusCode(200)
                .body("secret", notNullValue())
                .extract()
                .path("secret");
        zammad.sendZammad(closed).statusCode(401);
        zammad.send(closed, Map.of("X-Hub-Signature", "sha1=" + HelpDesks.hmacHex("HmacSHA1", rotated, closed)))
                .statusCode(200);

        zammad.api()
                .contentType("application/json")
                .body(Map.of("active", false))
                .put("/v1/integrations/zammad")
                .then()
                .statusCode(200)
                .body("active", equalTo(false))
                .body("secret", org.hamcrest.Matchers.nullValue());
        zammad.send(closed, Map.of("X-Hub-Signature", "sha1=" + HelpDesks.hmacHex("HmacSHA1", rotated, closed)))
                .statusCode(401);
    }
}
