package dev.reviewflow.integration;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ChatwootInboundTest {

    private static String status(String conversationId, String status) {
        return HelpDesks.payload(
                "chatwoot-conversation-status-changed.json",
                Map.of(
                        "conversationId", conversationId,
                        "status", status,
                        "updatedAt", HelpDesks.numericId()));
    }

    private static String message(String conversationId, String messageType, boolean isPrivate, String content) {
        return HelpDesks.payload(
                "chatwoot-message-created.json",
                Map.of(
                        "conversationId", conversationId,
                        "messageId", HelpDesks.numericId(),
                        "messageType", messageType,
                        "private", Boolean.toString(isPrivate),
                        "content", content));
    }

    @Test
    void aResolvedConversationResolvesTheComplaintAndOpenReopensIt() {
        HelpDesks chatwoot = HelpDesks.setUp("chatwoot", Map.of("resolved", "compensated"));
        String conversation = HelpDesks.numericId();
        String id = chatwoot.acknowledgedComplaintLinkedTo("chatwoot", conversation);

        chatwoot.sendChatwoot(status(conversation, "resolved")).statusCode(200).body("actions", contains("resolved"));
        chatwoot.complaint(id).body("status", equalTo("resolved")).body("resolution.outcome", equalTo("compensated"));
        assertEquals("integration:chatwoot", chatwoot.timeline(id).getLast().get("actor"));

        chatwoot.sendChatwoot(status(conversation, "pending")).statusCode(202).body("result", equalTo("ignored"));
        chatwoot.sendChatwoot(status(conversation, "open")).statusCode(200).body("actions", contains("reopened"));
        chatwoot.complaint(id).body("status", equalTo("acknowledged"));
    }

    @Test
    void anAgentsOutgoingMessageBecomesAReplyAndPrivateOrIncomingOnesDoNot() {
        HelpDesks chatwoot = HelpDesks.setUp("chatwoot", Map.of());
        String conversation = HelpDesks.numericId();
        String id = chatwoot.acknowledgedComplaintLinkedTo("chatwoot", conversation);
        int replies = chatwoot.replies(id).size();

        chatwoot.sendChatwoot(message(conversation, "outgoing", true, "Internal: refund approved."))
                .statusCode(202);
        chatwoot.sendChatwoot(message(conversation, "incoming", false, "Any news?"))
                .statusCode(202);
        assertEquals(replies, chatwoot.replies(id).size());

        chatwoot.sendChatwoot(message(conversation, "outgoing", false, "Your refund is on its way."))
                .statusCode(200)
                .body("actions", contains("reply-posted"));
        Map<String, Object> reply = chatwoot.replies(id).getLast();
        assertEquals("Your refund is on its way.", reply.get("body"));
        assertEquals("Maria Support", reply.get("author"));
    }

    @Test
    void aRefusedMessageIsAnswered422AndNotPosted() {
        HelpDesks chatwoot = HelpDesks.setUp("chatwoot", Map.of());
        String conversation = HelpDesks.numericId();
        String id = chatwoot.acknowledgedComplaintLinkedTo("chatwoot", conversation);
        int replies = chatwoot.replies(id).size();
        String refused = message(conversation, "outgoing", false, "Pay with card 4111 1111 1111 1111 please.");

        chatwoot.sendChatwoot(refused).statusCode(422).body("findings.code", hasItem("card-number"));
        int timeline = chatwoot.timeline(id).size();
        // Replayed (same message id): the first answer again, nothing recorded twice.
        chatwoot.sendChatwoot(refused).statusCode(422).body("findings.code", hasItem("card-number"));

        assertEquals(replies, chatwoot.replies(id).size());
        assertEquals(timeline, chatwoot.timeline(id).size());
        assertEquals("inbound-reply-refused", chatwoot.timeline(id).getLast().get("type"));
    }

    @Test
    void aStaleOrWrongSignatureIs401AndAnUnsignedChatwootMaySendTheSecretAsToken() {
        HelpDesks chatwoot = HelpDesks.setUp("chatwoot", Map.of());
        String conversation = HelpDesks.numericId();
        String id = chatwoot.acknowledgedComplaintLinkedTo("chatwoot", conversation);
        String resolved = status(conversation, "resolved");
        String stale = Long.toString(System.currentTimeMillis() / 1000 - 3600);

        chatwoot.send(
                        resolved,
                        Map.of(
                                "X-Chatwoot-Signature",
                                "sha256=" + HelpDesks.hmacHex("HmacSHA256", chatwoot.secret, stale + "." + resolved),
                                "X-Chatwoot-Timestamp",
                                stale))
                .statusCode(401);
        chatwoot.send(resolved, Map.of()).statusCode(401);
        io.restassured.RestAssured.given()
                .contentType("application/json")
                .queryParam("workspace", chatwoot.workspace)
                .queryParam("token", "not-the-secret")
                .body(resolved)
                .post("/v1/integrations/chatwoot/events")
                .then()
                .statusCode(401);
        chatwoot.complaint(id).body("status", equalTo("acknowledged"));

        io.restassured.RestAssured.given()
                .contentType("application/json")
                .queryParam("workspace", chatwoot.workspace)
                .queryParam("token", chatwoot.secret)
                .body(resolved)
                .post("/v1/integrations/chatwoot/events")
                .then()
                .statusCode(200);
        chatwoot.complaint(id).body("status", equalTo("resolved"));
    }
}
