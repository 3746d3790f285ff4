package dev.reviewflow.complaint;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The workflow actions; each is one endpoint under /v1/complaints/{id}/. */
public enum ComplaintAction {
    @JsonProperty("acknowledge")
    ACKNOWLEDGE,
    @JsonProperty("move-to-private")
    MOVE_TO_PRIVATE,
    @JsonProperty("resolve")
    RESOLVE,
    @JsonProperty("reopen")
    REOPEN
}
