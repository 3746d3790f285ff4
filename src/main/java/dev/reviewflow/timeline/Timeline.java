package dev.reviewflow.timeline;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.reviewflow.complaint.ComplaintStatus;
import dev.reviewflow.security.Caller;

/**
 * Appends to and reads complaint histories. Appends join the caller's transaction and record the
 * authenticated key or token subject as the actor.
 */
@ApplicationScoped
public class Timeline {

    private final Clock clock;
    private final Caller caller;

    Timeline(Clock clock, Caller caller) {
        this.clock = clock;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID complaintId, TimelineEventType type, Map<String, Object> data) {
        record(complaintId, type, null, null, data);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            UUID complaintId,
            TimelineEventType type,
            ComplaintStatus from,
            ComplaintStatus to,
            Map<String, Object> data) {
        TimelineEvent event = new TimelineEvent();
        event.complaintId = complaintId;
        event.type = type;
        event.actor = caller.actor();
        event.occurredAt = clock.instant();
        event.fromStatus = from;
        event.toStatus = to;
        event.data = data;
        event.persist();
    }

    public List<TimelineEventView> of(UUID complaintId) {
        return TimelineEvent.ofComplaint(complaintId).stream()
                .map(TimelineEventView::of)
                .toList();
    }
}
