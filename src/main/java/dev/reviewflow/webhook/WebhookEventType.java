package dev.reviewflow.webhook;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.reviewflow.common.json.JsonEnums;
import dev.reviewflow.timeline.TimelineEventType;

/** What a webhook tells a help-desk: each timeline event, by a name receivers can route on. */
public enum WebhookEventType {
    @JsonProperty("complaint.created")
    COMPLAINT_CREATED,
    /** A patch (tags, assignee, priority, location), an edit of the source post, a ticket linked or unlinked, the customer's feedback. */
    @JsonProperty("complaint.updated")
    COMPLAINT_UPDATED,
    @JsonProperty("complaint.acknowledged")
    COMPLAINT_ACKNOWLEDGED,
    @JsonProperty("complaint.moved-to-private")
    COMPLAINT_MOVED_TO_PRIVATE,
    @JsonProperty("complaint.resolved")
    COMPLAINT_RESOLVED,
    @JsonProperty("complaint.reopened")
    COMPLAINT_REOPENED,
    /** An SLA clock's due time passed before its step (the breach job; the priority was raised one step). */
    @JsonProperty("complaint.sla-breached")
    COMPLAINT_SLA_BREACHED,
    @JsonProperty("reply.created")
    REPLY_CREATED,
    @JsonProperty("customer.erased")
    CUSTOMER_ERASED,
    /** A resolution's follow-up is due: the help-desk or mailer sends the survey. */
    @JsonProperty("follow-up.due")
    FOLLOW_UP_DUE,
    /** Sent on request only (POST /v1/webhooks/{id}/ping), to whatever events a subscription takes. */
    @JsonProperty("webhook.ping")
    WEBHOOK_PING;

    /** The name receivers route on, as the JSON has it. */
    public String wireName() {
        return JsonEnums.wireName(this);
    }

    /**
     * The event a timeline entry is sent as; none for a help-desk comment the guard refused (the
     * help-desk that sent it got the findings in its answer, and nothing changed).
     */
    public static Optional<WebhookEventType> of(TimelineEventType type) {
        return Optional.ofNullable(
                switch (type) {
                    case RECEIVED -> COMPLAINT_CREATED;
                    case SOURCE_UPDATED, UPDATED, TICKET_LINKED, TICKET_UNLINKED, FEEDBACK_RECEIVED ->
                        COMPLAINT_UPDATED;
                    case REPLY_POSTED -> REPLY_CREATED;
                    case ACKNOWLEDGED -> COMPLAINT_ACKNOWLEDGED;
                    case MOVED_TO_PRIVATE -> COMPLAINT_MOVED_TO_PRIVATE;
                    case RESOLVED -> COMPLAINT_RESOLVED;
                    case REOPENED -> COMPLAINT_REOPENED;
                    case CUSTOMER_ERASED -> CUSTOMER_ERASED;
                    case SLA_BREACHED -> COMPLAINT_SLA_BREACHED;
                    case FOLLOW_UP_DUE -> FOLLOW_UP_DUE;
                    case INBOUND_REPLY_REFUSED -> null;
                });
    }
}
