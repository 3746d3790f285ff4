package dev.reviewflow.integration;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import com.standardwebhooks.Webhook;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class GenericInboundTest {

    private static String event(String type, String ticketId, String body) {
        return HelpDesks.payload(
                "generic-event.json",
                Map.of("eventId", UUID.randomUUID().toString(), "type", type, "ticketId", ticketId, "body", body));
    }

    /** Signed with the Standard Webhooks library, as a sender using it would. */
    private static ValidatableResponse sendSigned(HelpDesks generic, String messageId, String body, String secret)
            throws Exception {
        long timestamp = System.currentTimeMillis() / 1000;
        String signature = new Webhook(secret).sign(messageId, timestamp, body);
        return generic.send(
                body,
                Map.of(
                        "webhook-id", messageId,
                        "webhook-timestamp", Long.toString(timestamp),
                        "webhook-signature", signature));
    }

    @Test
    void theGenericFormatSignedPerStandardWebhooksDrivesTheComplaint() throws Exception {
        HelpDesks generic = HelpDesks.setUp("generic", Map.of("ticket.solved", "resolved-satisfied"));
        assertEquals(true, generic.secret.startsWith("whsec_"));
        String ticketId = "T-" + HelpDesks.numericId();
        String id = generic.complaintLinkedTo("other", ticketId);

        sendSigned(
                        generic,
                        "msg_" + UUID.randomUUID(),
                        event("comment.public", ticketId, "Sorry! A new pizza is on its way."),
                        generic.secret)
                .statusCode(200)
                .body("actions", contains("reply-posted"));
        assertEquals("Maria, support team", generic.replies(id).getLast().get("author"));

        String solvedId = "msg_" + UUID.randomUUID();
        String solved = event("ticket.solved", ticketId, "unused");
        sendSigned(generic, solvedId, solved, generic.secret).statusCode(200).body("actions", contains("resolved"));
        generic.complaint(id)
                .body("status", equalTo("resolved"))
                .body("resolution.outcome", equalTo("resolved-satisfied"));
        assertEquals("integration:generic", generic.timeline(id).getLast().get("actor"));

        // The same webhook-id again: the first answer, and the timeline stays as it is.
        int timeline = generic.timeline(id).size();
        sendSigned(generic, solvedId, solved, generic.secret).statusCode(200).body("actions", contains("resolved"));
        assertEquals(timeline, generic.timeline(id).size());

        sendSigned(generic, "msg_" + UUID.randomUUID(), event("ticket.reopened", ticketId, "unused"), generic.secret)
                .statusCode(200)
                .body("actions", contains("reopened"));
    }

    @Test
    void anotherSecretOrATamperedBodyIs401() throws Exception {
        HelpDesks generic = HelpDesks.setUp("generic", Map.of());
        String ticketId = "T-" + HelpDesks.numericId();
        String id = generic.acknowledgedComplaintLinkedTo("other", ticketId);
        String solved = event("ticket.solved", ticketId, "unused");
        String otherSecret = "whsec_"
                + java.util.Base64.getEncoder()
                        .encodeToString("another secret, 32 bytes long!!!".getBytes(StandardCharsets.UTF_8));

        sendSigned(generic, "msg_1", solved, otherSecret).statusCode(401);
        long timestamp = System.currentTimeMillis() / 1000;
        generic.send(
                        solved.replace("ticket.solved", "ticket.closed"),
                        Map.of(
                                "webhook-id", "msg_2",
                                "webhook-timestamp", Long.toString(timestamp),
                                "webhook-signature", new Webhook(generic.secret).sign("msg_2", timestamp, solved)))
                .statusCode(401);
        generic.complaint(id).body("status", equalTo("acknowledged"));
    }

    @Test
    void aSignedEventOutsideTheFormatIsRefusedNamingTheField() throws Exception {
        HelpDesks generic = HelpDesks.setUp("generic", Map.of());

        sendSigned(generic, "msg_" + UUID.randomUUID(), event("ticket.merged", "T-1", "x"), generic.secret)
                .statusCode(422)
                .body("errors[0].field", equalTo("type"));
        sendSigned(generic, "msg_" + UUID.randomUUID(), "{\"type\": \"ticket.solved\"}", generic.secret)
                .statusCode(422)
                .body("errors[0].field", equalTo("ticketId"));
        sendSigned(generic, "msg_" + UUID.randomUUID(), "not json", generic.secret)
                .statusCode(400);
        sendSigned(
                        generic,
                        "msg_" + UUID.randomUUID(),
                        event("ticket.solved", "T-unknown-" + UUID.randomUUID(), "x"),
                        generic.secret)
                .statusCode(202)
                .body("detail", startsWith("No complaint is linked"));
    }
}
