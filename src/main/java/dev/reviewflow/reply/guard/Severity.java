package dev.reviewflow.reply.guard;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a finding of the reply guard weighs on a public reply. */
public enum Severity {
    /** The reply must not be posted in public as written. */
    @JsonProperty("reject")
    REJECT,
    /** The reply may be posted; the finding is kept with it as advice. */
    @JsonProperty("warn")
    WARN
}
