package dev.reviewflow.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import dev.reviewflow.common.error.DomainException;
import dev.reviewflow.common.error.Problem;
import dev.reviewflow.common.error.ProblemType;
import dev.reviewflow.common.error.ValidationException;
import dev.reviewflow.common.persistence.TransactionSql;
import dev.reviewflow.security.Caller;
import dev.reviewflow.webhook.api.CreateWebhookSubscriptionRequest;
import dev.reviewflow.webhook.api.RotateWebhookSecretRequest;
import dev.reviewflow.webhook.api.WebhookSubscriptionPatch;
import dev.reviewflow.webhook.api.WebhookSubscriptionView;

/**
 * A workspace's webhook subscriptions. The signing secret is made here and shown only in the
 * answers that create or rotate it. A target URL is checked before the transaction's first
 * statement: resolving its host may take a while, and no database connection is held meanwhile.
 */
@ApplicationScoped
public class WebhookSubscriptionService {

    static final Duration DEFAULT_OVERLAP = Duration.ofHours(24);
    static final Duration MAX_OVERLAP = Duration.ofDays(7);

    /** Every event type but the ping, which is sent on request only. */
    static final List<String> SUBSCRIBABLE = Arrays.stream(WebhookEventType.values())
            .filter(type -> type != WebhookEventType.WEBHOOK_PING)
            .map(WebhookEventType::wireName)
            .toList();

    private final Caller caller;
    private final Clock clock;
    private final WebhookSettings settings;

    WebhookSubscriptionService(Caller caller, Clock clock, WebhookSettings settings) {
        this.caller = caller;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Subscriptions are counted under a lock on the workspace's subscription list, so concurrent
     * creates cannot together pass the limit.
     */
    @Transactional
    public WebhookSubscriptionView create(CreateWebhookSubscriptionRequest request) {
        List<String> events = eventNames(request.events());
        requireAllowedTarget(request.url());
        String workspace = caller.workspace();
        TransactionSql.advisoryLock("webhook_subscription|" + workspace);
        int limit = settings.maxSubscriptionsPerWorkspace();
        if (WebhookSubscription.count() >= limit) {
            throw new LimitReachedException(limit);
        }
        String secret = WebhookSecrets.generate();
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.url = request.url();
        subscription.events = events;
        subscription.description = request.description();
        subscription.active = request.active() == null || request.active();
        subscription.includeCustomer = caller.canReadPersonalData();
        subscription.secret = secret;
        subscription.createdAt = clock.instant();
        subscription.createdBy = caller.actor();
        subscription.persist();
        return WebhookSubscriptionView.of(subscription, secret);
    }

    public List<WebhookSubscriptionView> list() {
        return WebhookSubscription.<WebhookSubscription>listAll(
                        Sort.by("createdAt").and("id"))
                .stream()
                .map(subscription -> WebhookSubscriptionView.of(subscription, null))
                .toList();
    }

    public WebhookSubscriptionView get(UUID id) {
        return WebhookSubscriptionView.of(WebhookSubscription.require(id), null);
    }

    /** Making a subscription active again clears why it stopped: the admin has seen to the receiver. */
    @Transactional
    public WebhookSubscriptionView patch(UUID id, String ifMatch, WebhookSubscriptionPatch patch) {
        List<String> events = patch.has("events") ? eventNames(patch.events()) : null;
        if (patch.has("url")) {
            requireAllowedTarget(patch.url());
        }
        WebhookSubscription subscription = WebhookSubscription.lockForWrite(id, ifMatch);
        if (patch.has("url")) {
            subscription.url = patch.url();
        }
        if (patch.has("events")) {
            subscription.events = events;
        }
        if (patch.has("description")) {
            subscription.description = patch.description();
        }
        if (patch.has("active")) {
            if (patch.active()) {
                subscription.disabledReason = null;
            }
            subscription.active = patch.active();
        }
        WebhookSubscription.flush();
        return WebhookSubscriptionView.of(subscription, null);
    }

    /** The subscription's deliveries go with it (the database cascades). */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        WebhookSubscription.lockForWrite(id, ifMatch).delete();
    }

    /**
     * A new secret; the current one keeps signing beside it for the overlap, so that receivers can
     * switch without losing a delivery. Rotating again within an overlap ends the older secret at
     * once: only the one just replaced still signs. An overlap of zero ends the old secret at once.
     */
    @Transactional
    public WebhookSubscriptionView rotateSecret(UUID id, String ifMatch, RotateWebhookSecretRequest request) {
        Duration overlap = overlap(request == null ? null : request.overlap());
        WebhookSubscription subscription = WebhookSubscription.lockForWrite(id, ifMatch);
        String secret = WebhookSecrets.generate();
        boolean keepsSigning = !overlap.isZero();
        subscription.previousSecret = keepsSigning ? subscription.secret : null;
        subscription.previousSecretExpiresAt = keepsSigning ? clock.instant().plus(overlap) : null;
        subscription.secret = secret;
        WebhookSubscription.flush();
        return WebhookSubscriptionView.of(subscription, secret);
    }

    /** The requested event types without duplicates, in the order given; null stays null (all types). */
    static List<String> eventNames(List<String> requested) {
        if (requested == null) {
            return null;
        }
        if (requested.isEmpty()) {
            throw ValidationException.of("events", "must name at least one event type, or be null for all of them");
        }
        if (requested.contains(WebhookEventType.WEBHOOK_PING.wireName())) {
            throw ValidationException.of(
                    "events",
                    "webhook.ping cannot be subscribed to: a ping is sent on request (POST /v1/webhooks/{id}/ping)"
                            + " to any subscription");
        }
        List<String> unknown = requested.stream()
                .filter(name -> !SUBSCRIBABLE.contains(name))
                .distinct()
                .toList();
        if (!unknown.isEmpty()) {
            throw ValidationException.of(
                    "events", "unknown event types " + unknown + "; the event types are " + SUBSCRIBABLE);
        }
        return new ArrayList<>(requested.stream().distinct().toList());
    }

    private void requireAllowedTarget(String url) {
        URI target;
        try {
            target = new URI(url);
        } catch (URISyntaxException e) {
            throw ValidationException.of("url", "must be an absolute URL");
        }
        TargetAddresses.refusal(target, settings.targetPolicy(), TargetAddresses.SYSTEM_RESOLVER)
                .ifPresent(reason -> {
                    throw ValidationException.of("url", reason);
                });
    }

    static Duration overlap(String requested) {
        if (requested == null) {
            return DEFAULT_OVERLAP;
        }
        String rule = "must be an ISO 8601 duration from PT0S to P7D, such as PT24H";
        Duration overlap;
        try {
            overlap = Duration.parse(requested);
        } catch (DateTimeParseException e) {
            throw ValidationException.of("overlap", rule);
        }
        if (overlap.isNegative() || overlap.compareTo(MAX_OVERLAP) > 0) {
            throw ValidationException.of("overlap", rule);
        }
        return overlap;
    }

    /** The workspace has as many subscriptions as configuration allows (409). */
    static final class LimitReachedException extends DomainException {

        private static final ProblemType LIMIT_REACHED =
                new ProblemType("webhook-subscription-limit", "Too many webhook subscriptions", 409);

        LimitReachedException(int limit) {
            super("The workspace has " + limit + " webhook subscriptions, as many as it may have: delete one first.");
        }

        @Override
        public Problem problem() {
            return Problem.of(LIMIT_REACHED, getMessage());
        }
    }
}
