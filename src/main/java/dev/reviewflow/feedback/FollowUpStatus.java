package dev.reviewflow.feedback;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a resolution's follow-up stands. */
public enum FollowUpStatus {
    /** Waiting for its due time. */
    @JsonProperty("scheduled")
    SCHEDULED,
    /** Due, and recorded in the timeline (so sent to the webhooks) once. */
    @JsonProperty("emitted")
    EMITTED,
    /** The survey went out (POST /v1/follow-ups/{id}/sent). */
    @JsonProperty("sent")
    SENT,
    /** The complaint was reopened before the survey went out. */
    @JsonProperty("cancelled")
    CANCELLED
}
