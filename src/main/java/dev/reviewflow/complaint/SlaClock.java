package dev.reviewflow.complaint;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The SLA clocks of a complaint. {@link ComplaintLifecycle} says which step starts and which
 * reaches each; a workspace's SLA policy says how long each may run.
 */
public enum SlaClock {
    /** From receipt to the first public answer. */
    @JsonProperty("acknowledgement")
    ACKNOWLEDGEMENT,
    /** From the first public answer to the move to a private conversation. */
    @JsonProperty("privateContact")
    PRIVATE_CONTACT,
    /** From receipt, or from the latest reopening, to resolution. */
    @JsonProperty("resolution")
    RESOLUTION
}
