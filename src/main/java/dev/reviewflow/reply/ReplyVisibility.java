package dev.reviewflow.reply;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ReplyVisibility {
    /** Posted on the complaint's channel for everyone to read: checked by the reply guard. */
    @JsonProperty("public")
    PUBLIC,
    /** Sent to the customer privately (direct message, e-mail, phone notes). */
    @JsonProperty("private")
    PRIVATE,
    /** A note for the team; the customer never sees it. */
    @JsonProperty("internal")
    INTERNAL
}
