package dev.reviewflow.complaint;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a conversation continues once it leaves the public channel. */
public enum PrivateChannel {
    @JsonProperty("direct-message")
    DIRECT_MESSAGE,
    @JsonProperty("email")
    EMAIL,
    @JsonProperty("phone")
    PHONE
}
