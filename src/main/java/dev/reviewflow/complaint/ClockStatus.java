package dev.reviewflow.complaint;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where an SLA clock stands (see README "SLA clocks" for the rule). */
public enum ClockStatus {
    /** Its step was reached by the due time. */
    @JsonProperty("met")
    MET,
    /** Its step was reached after the due time, or the due time passed without it. */
    @JsonProperty("missed")
    MISSED,
    /** Counting towards a due time still ahead. */
    @JsonProperty("running")
    RUNNING,
    /**
     * Not counting: the workspace's calendar is closed now, or the complaint was resolved before
     * the step was reached (nothing counts after resolution).
     */
    @JsonProperty("paused")
    PAUSED
}
