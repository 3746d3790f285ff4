package dev.reviewflow.timeline;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.reviewflow.complaint.ComplaintStatus;

/** Appends to and reads complaint histories. Appends join the caller's transaction. */
@ApplicationScoped
public class Timeline {

    private final Clock clock;

    Timeline(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID complaintId, TimelineEventType type, String actor, Map<String, Object> data) {
        record(complaintId, type, actor, null, null, data);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            UUID complaintId,
            TimelineEventType type,
            String actor,
            ComplaintStatus from,
            ComplaintStatus to,
            Map<String, Object> data) {
        TimelineEvent event = new TimelineEvent();
        event.complaintId = complaintId;
        event.type = type;
        event.actor = actor;
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
