package dev.reviewflow.integration;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A help-desk whose events reviewflow understands. */
public enum HelpDesk {
    @JsonProperty("zammad")
    ZAMMAD,
    @JsonProperty("chatwoot")
    CHATWOOT,
    /** reviewflow's own documented format, signed per Standard Webhooks (README "Help-desk integration"). */
    @JsonProperty("generic")
    GENERIC
}
