package dev.reviewflow.complaint;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The help-desk a complaint's ticket lives in. */
public enum TicketSystem {
    @JsonProperty("zammad")
    ZAMMAD,
    @JsonProperty("chatwoot")
    CHATWOOT,
    @JsonProperty("zendesk")
    ZENDESK,
    @JsonProperty("freshdesk")
    FRESHDESK,
    /** The business's own tool, or any other help-desk. */
    @JsonProperty("other")
    OTHER
}
