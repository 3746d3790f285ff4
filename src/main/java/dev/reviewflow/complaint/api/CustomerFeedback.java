package dev.reviewflow.complaint.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.complaint.Feedback;

@Schema(description = "What the customer answered after a resolution.")
public record CustomerFeedback(
        @Schema(description = "1 (very unhappy) to 5 (excellent).", required = true)
        int satisfaction,

        @Schema(required = true) boolean wouldReturn,
        @Schema(required = true, nullable = true) String comment,
        @Schema(required = true) Instant answeredAt,

        @Schema(description = "The resolution answered (its resolvedAt).", required = true)
        Instant resolvedAt) {

    /** The answer, or null when there is none. */
    public static CustomerFeedback of(Feedback feedback) {
        return feedback == null || feedback.satisfaction == null
                ? null
                : new CustomerFeedback(
                        feedback.satisfaction,
                        feedback.wouldReturn,
                        feedback.comment,
                        feedback.answeredAt,
                        feedback.resolvedAt);
    }
}
