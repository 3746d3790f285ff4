package dev.reviewflow.webhook.api;

/** Limits of a subscription's fields, as the webhook_subscription table holds them. */
public final class WebhookSubscriptionFields {

    public static final int URL_MAX = 2000;
    public static final int DESCRIPTION_MAX = 500;
    public static final String EVENTS_DESCRIPTION = "The event types to send, by name: complaint.created,"
            + " complaint.updated, complaint.acknowledged, complaint.moved-to-private, complaint.resolved,"
            + " complaint.reopened, reply.created, customer.erased. null (or absent) sends all of them, including"
            + " types added later. Duplicates are dropped. webhook.ping is not subscribed to: a ping is sent on"
            + " request to any subscription.";

    private WebhookSubscriptionFields() {}
}
