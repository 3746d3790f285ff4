package dev.reviewflow.complaint;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a complaint stands in the workflow; {@link ComplaintLifecycle} decides the moves. */
public enum ComplaintStatus {
    @JsonProperty("new")
    NEW,
    @JsonProperty("acknowledged")
    ACKNOWLEDGED,
    @JsonProperty("moved-to-private")
    MOVED_TO_PRIVATE,
    @JsonProperty("resolved")
    RESOLVED
}
