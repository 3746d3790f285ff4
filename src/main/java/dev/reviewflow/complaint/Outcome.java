package dev.reviewflow.complaint;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a complaint ended. */
public enum Outcome {
    @JsonProperty("resolved-satisfied")
    RESOLVED_SATISFIED,
    @JsonProperty("compensated")
    COMPENSATED,
    @JsonProperty("explained")
    EXPLAINED,
    @JsonProperty("no-response-from-customer")
    NO_RESPONSE_FROM_CUSTOMER,
    @JsonProperty("not-actionable")
    NOT_ACTIONABLE
}
