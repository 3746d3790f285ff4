package dev.reviewflow.integration;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;

import dev.reviewflow.common.error.NotFoundException;
import dev.reviewflow.common.json.JsonEnums;
import dev.reviewflow.complaint.Complaint;
import dev.reviewflow.complaint.ComplaintService;
import dev.reviewflow.complaint.ComplaintStatus;
import dev.reviewflow.complaint.api.ReopenRequest;
import dev.reviewflow.complaint.api.ResolveRequest;
import dev.reviewflow.integration.api.InboundAnswer;
import dev.reviewflow.reply.ReplyRejectedException;
import dev.reviewflow.reply.ReplyService;
import dev.reviewflow.reply.guard.Finding;
import dev.reviewflow.security.RequestIdentity;
import dev.reviewflow.timeline.Timeline;
import dev.reviewflow.timeline.TimelineEventType;

/**
 * Inbound help-desk events: verified against the named workspace's integration, then acting in
 * that workspace as {@code integration:<system>} on the complaint linked to the event's ticket.
 */
@ApplicationScoped
public class InboundService {

    static final String ACTOR_PREFIX = "integration:";

    /** The status and body of an answer; the body is an {@link InboundAnswer} or a problem. */
    public record Answer(int status, Object body) {

        public boolean isProblem() {
            return status >= 400;
        }
    }

    private final RequestIdentity identity;
    private final ReplyService replies;
    private final ComplaintService complaints;
    private final Timeline timeline;
    private final ObjectMapper mapper;
    private final Clock clock;

    InboundService(
            RequestIdentity identity,
            ReplyService replies,
            ComplaintService complaints,
            Timeline timeline,
            ObjectMapper mapper,
            Clock clock) {
        this.identity = identity;
        this.replies = replies;
        this.complaints = complaints;
        this.timeline = timeline;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Verifies the event and does what it asks. Only a verified event is read at all; until then
     * the request acts in no workspace.
     *
     * @param token the URL's {@code token} query parameter (an unsigned Chatwoot's secret)
     */
    public Answer receive(
            String systemName, String workspace, String token, Map<String, List<String>> headers, byte[] body) {
        HelpDesk system = JsonEnums.parse(HelpDesk.class, systemName)
                .orElseThrow(() -> new NotFoundException("integration", systemName));
        Optional<String> secret = workspace == null
                ? Optional.empty()
                : QuarkusTransaction.requiringNew().call(() -> Integration.activeSecret(workspace, system));
        if (secret.isEmpty() || !InboundSignatures.verify(system, secret.get(), body, headers, token, clock)) {
            throw new InboundSignatureException();
        }
        identity.actAs(ACTOR_PREFIX + IntegrationService.wire(system), workspace);
        JsonNode json = readJson(body);
        Map<String, String> outcomeMapping = QuarkusTransaction.requiringNew().call(() -> Integration.of(system)
                .map(integration -> Map.copyOf(integration.outcomeMapping))
                .orElseThrow(InboundSignatureException::new));
        HelpDeskEvent event = HelpDeskEvents.read(system, json, headers, outcomeMapping);
        if (event.ticketId() == null || event.asksNothing()) {
            return ignored(null, event.ignoredBecause());
        }
        Optional<UUID> linked = QuarkusTransaction.requiringNew()
                .call(() -> Complaint.linkedTo(event.ticketSystem(), event.ticketId()));
        if (linked.isEmpty()) {
            return ignored(
                    null,
                    "No complaint is linked to " + JsonEnums.wireName(event.ticketSystem()) + " ticket "
                            + event.ticketId() + ".");
        }
        Optional<Answer> replayed = QuarkusTransaction.requiringNew().call(() -> firstAnswer(system, event));
        if (replayed.isPresent()) {
            return replayed.get();
        }
        // The guard judges a comment before any transaction, as it does every public reply.
        Judged comment = event.comment() == null
                ? null
                : judge(linked.get(), event.comment().body());
        return QuarkusTransaction.requiringNew().call(() -> apply(system, workspace, event, linked.get(), comment));
    }

    /** A comment as the guard judged it: fit to post, or refused. */
    private record Judged(ReplyService.GuardedReply guarded, ReplyRejectedException refused) {}

    private Judged judge(UUID complaintId, String body) {
        try {
            return new Judged(replies.guard(complaintId, null, body, complaint -> {}), null);
        } catch (ReplyRejectedException refused) {
            return new Judged(null, refused);
        }
    }

    private static Optional<Answer> firstAnswer(HelpDesk system, HelpDeskEvent event) {
        return HandledEvent.find(system, event.key()).map(first -> new Answer(first.status, first.answer));
    }

    /**
     * In one transaction: takes the event's key, posts the comment and applies the state change,
     * and stores the answer for replays; so a crash anywhere leaves either all of it or none, and
     * a replay racing this one waits for the key and then gets this answer. A refused comment is
     * recorded and answered with the findings; nothing else happens then. A state change the
     * lifecycle refuses throws, which rolls back the key too: the event may come again.
     */
    private Answer apply(HelpDesk system, String workspace, HelpDeskEvent event, UUID complaintId, Judged comment) {
        if (!HandledEvent.claim(workspace, system, event.key(), clock.instant())) {
            return firstAnswer(system, event).orElseThrow();
        }
        String source = JsonEnums.wireName(system) + " ticket " + event.ticketId();
        List<String> actions = new ArrayList<>();
        if (comment != null) {
            String author =
                    event.comment().author() != null ? event.comment().author() : JsonEnums.wireName(system) + " agent";
            try {
                if (comment.refused() != null) {
                    throw comment.refused();
                }
                replies.postGuarded(complaintId, comment.guarded(), author);
                actions.add("reply-posted");
            } catch (ReplyRejectedException refused) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("system", JsonEnums.wireName(system));
                data.put("ticketId", event.ticketId());
                data.put(
                        "findings",
                        refused.findings().stream()
                                .map(Finding::code)
                                .map(JsonEnums::wireName)
                                .distinct()
                                .toList());
                timeline.record(complaintId, TimelineEventType.INBOUND_REPLY_REFUSED, data);
                return stored(system, workspace, event, new Answer(422, refused.problem()));
            }
        }
        if (event.change() != null) {
            ComplaintStatus status = Complaint.require(complaintId).status();
            HelpDeskEvent.TicketChange change = event.change();
            if (change.closes() && status != ComplaintStatus.RESOLVED) {
                complaints.resolve(
                        complaintId,
                        null,
                        new ResolveRequest(change.outcome(), "Closed in " + source + " (" + change.state() + ")."));
                actions.add("resolved");
            } else if (!change.closes() && status == ComplaintStatus.RESOLVED) {
                complaints.reopen(
                        complaintId, null, new ReopenRequest("Reopened in " + source + " (" + change.state() + ")."));
                actions.add("reopened");
            }
        }
        Answer answer = actions.isEmpty()
                ? ignored(complaintId, "Nothing to change: the complaint is already where the ticket is.")
                : new Answer(
                        200,
                        new InboundAnswer(
                                InboundAnswer.Result.APPLIED, complaintId, actions, "Applied to the complaint."));
        return stored(system, workspace, event, answer);
    }

    private Answer stored(HelpDesk system, String workspace, HelpDeskEvent event, Answer answer) {
        HandledEvent.answer(workspace, system, event.key(), answer.status(), json(answer.body()));
        return answer;
    }

    private static Answer ignored(UUID complaintId, String because) {
        return new Answer(202, new InboundAnswer(InboundAnswer.Result.IGNORED, complaintId, List.of(), because));
    }

    private JsonNode readJson(byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new MalformedEventException();
        }
    }

    private String json(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("inbound answer is not JSON", e);
        }
    }
}
