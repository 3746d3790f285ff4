package dev.reviewflow.complaint.api;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.complaint.ComplaintStatus;
import dev.reviewflow.timeline.TimelineEvent;
import dev.reviewflow.timeline.TimelineEventType;

@Schema(name = "TimelineEvent", description = "One entry of a complaint's append-only history.")
public record TimelineEventView(
        @Schema(
                description =
                        "Position in the complaint's history: 1, 2, 3, ... without gaps; webhook events carry the same number.",
                required = true)
        int sequence,

        @Schema(required = true) TimelineEventType type,

        @Schema(required = true) Instant occurredAt,

        @Schema(
                description =
                        "Who did it: the API key (key:<id>), token subject (oidc:<sub>) or the service itself (system:sla for SLA breaches).",
                required = true)
        String actor,

        @Schema(description = "Status before the event, for status changes.", required = true, nullable = true)
        ComplaintStatus fromStatus,

        @Schema(description = "Status after the event, for status changes.", required = true, nullable = true)
        ComplaintStatus toStatus,

        @Schema(
                description = "Details of the event, by type (reply id, changed fields, outcome, reason...).",
                required = true)
        Map<String, Object> data) {

    public static TimelineEventView of(TimelineEvent event) {
        return new TimelineEventView(
                event.sequence,
                event.type,
                event.occurredAt,
                event.actor,
                statusNamed(event.fromStatus),
                statusNamed(event.toStatus),
                event.data);
    }

    private static ComplaintStatus statusNamed(String name) {
        return name == null ? null : ComplaintStatus.valueOf(name);
    }
}
