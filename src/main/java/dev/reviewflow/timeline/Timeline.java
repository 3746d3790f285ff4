package dev.reviewflow.timeline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.reviewflow.common.json.JsonText;
import dev.reviewflow.security.Caller;

/**
 * Appends to and reads complaint histories. Appends join the caller's transaction and record the
 * authenticated key or token subject as the actor.
 */
@ApplicationScoped
public class Timeline {

    private final Clock clock;
    private final Caller caller;
    private final ObjectMapper mapper;
    private final Event<TimelineRecorded> recorded;

    Timeline(Clock clock, Caller caller, ObjectMapper mapper, Event<TimelineRecorded> recorded) {
        this.clock = clock;
        this.caller = caller;
        this.mapper = mapper;
        this.recorded = recorded;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID complaintId, TimelineEventType type, Map<String, Object> data) {
        record(complaintId, type, null, null, data);
    }

    /**
     * Records an event; a status change gives the statuses before and after, by name, so that the
     * timeline serves whatever it records without knowing its states.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID complaintId, TimelineEventType type, Enum<?> from, Enum<?> to, Map<String, Object> data) {
        String workspace = caller.workspace();
        Instant occurredAt = clock.instant();
        String actor = caller.actor();
        String fromStatus = from == null ? null : from.name();
        String toStatus = to == null ? null : to.name();
        int sequence =
                TimelineEvent.append(workspace, complaintId, type, occurredAt, actor, fromStatus, toStatus, json(data));
        recorded.fire(new TimelineRecorded(
                workspace, complaintId, sequence, type, occurredAt, actor, fromStatus, toStatus, data));
    }

    private String json(Map<String, Object> data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("timeline data is not JSON: " + data.keySet(), e);
        }
    }

    /**
     * Rewrites every text in the data of every event of the complaint (values inside lists and
     * maps too, such as a source edit's previous values); keys, types and statuses stay. Only
     * erasure does this: the history keeps what happened, without the customer.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rewriteText(UUID complaintId, UnaryOperator<String> rewrite) {
        for (TimelineEvent event : TimelineEvent.ofComplaint(complaintId)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) JsonText.rewritten(event.data, rewrite);
            event.data = data;
        }
    }

    /** The whole history of one complaint, oldest first. */
    public List<TimelineEvent> of(UUID complaintId) {
        return TimelineEvent.ofComplaint(complaintId);
    }
}
