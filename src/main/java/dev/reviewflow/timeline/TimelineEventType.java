package dev.reviewflow.timeline;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What happened to a complaint. */
public enum TimelineEventType {
    /** First ingested from its channel. */
    @JsonProperty("received")
    RECEIVED,
    /** Ingested again with changed text or rating: the customer edited the post. */
    @JsonProperty("source-updated")
    SOURCE_UPDATED,
    /** Tags, assignee, priority or location changed. */
    @JsonProperty("updated")
    UPDATED,
    @JsonProperty("reply-posted")
    REPLY_POSTED,
    @JsonProperty("acknowledged")
    ACKNOWLEDGED,
    @JsonProperty("moved-to-private")
    MOVED_TO_PRIVATE,
    @JsonProperty("resolved")
    RESOLVED,
    @JsonProperty("reopened")
    REOPENED,
    /**
     * The customer was erased on request: contact details, handle and source URL wiped, their
     * values replaced in all text (the values are not kept).
     */
    @JsonProperty("customer-erased")
    CUSTOMER_ERASED,
    /** Linked to a help-desk ticket, or to another ticket than before. */
    @JsonProperty("ticket-linked")
    TICKET_LINKED,
    @JsonProperty("ticket-unlinked")
    TICKET_UNLINKED,
    /**
     * A help-desk agent's public comment that the reply guard refused: never posted. Records the
     * finding codes, not the text.
     */
    @JsonProperty("inbound-reply-refused")
    INBOUND_REPLY_REFUSED,
    /**
     * An SLA clock's due time passed before its step was reached (recorded by the breach job, with
     * the clock and its due time); the priority was raised one step.
     */
    @JsonProperty("sla-breached")
    SLA_BREACHED,
    /** The customer answered the follow-up after a resolution (satisfaction, would return). */
    @JsonProperty("feedback-received")
    FEEDBACK_RECEIVED,
    /** A resolution's follow-up became due: time to ask the customer. */
    @JsonProperty("follow-up-due")
    FOLLOW_UP_DUE
}
