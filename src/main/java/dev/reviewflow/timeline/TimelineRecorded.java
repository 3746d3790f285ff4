package dev.reviewflow.timeline;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Fired inside the transaction that recorded an event, so that features which pass events on
 * (the webhook outbox) write in that same transaction, without the timeline knowing them.
 *
 * @param fromStatus the status before a status change, by name; null otherwise
 * @param toStatus the status after a status change, by name; null otherwise
 */
public record TimelineRecorded(
        String workspace,
        UUID complaintId,
        int sequence,
        TimelineEventType type,
        Instant occurredAt,
        String actor,
        String fromStatus,
        String toStatus,
        Map<String, Object> data) {}
