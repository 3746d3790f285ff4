package dev.reviewflow.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import dev.reviewflow.common.error.NotFoundException;
import dev.reviewflow.common.persistence.TransactionSql;
import dev.reviewflow.webhook.api.DeliveryStatus;
import dev.reviewflow.webhook.api.DeliveryView;

/** A subscription's deliveries as its workspace's admins see them: the list, a redelivery, a ping. */
@ApplicationScoped
class WebhookDeliveryService {

    private static final String VIEW = "select d.id, d.event_id, e.type, d.complaint_id, d.sequence, d.status,"
            + " d.attempts, d.last_status_code, d.last_latency_ms, d.last_error, d.last_attempt_at, d.next_attempt_at,"
            + " d.delivered_at, d.created_at from webhook_delivery d join webhook_event e on e.id = d.event_id"
            + " where d.workspace_id = ? and d.subscription_id = ?";

    private final WebhookOutbox outbox;
    private final Event<DeliveriesWritten> written;
    private final Clock clock;

    WebhookDeliveryService(WebhookOutbox outbox, Event<DeliveriesWritten> written, Clock clock) {
        this.outbox = outbox;
        this.written = written;
        this.clock = clock;
    }

    /** Newest first, at most {@code limit}; only those with {@code status} when it is given. */
    @Transactional
    List<DeliveryView> list(UUID subscriptionId, DeliveryStatus status, int limit) {
        WebhookSubscription subscription = require(subscriptionId);
        return TransactionSql.query(
                VIEW + (status == null ? "" : " and d.status = ?") + " order by d.created_at desc, d.id desc limit ?",
                statement -> {
                    int next = 1;
                    statement.setString(next++, subscription.workspaceId);
                    statement.setObject(next++, subscription.id);
                    if (status != null) {
                        statement.setString(next++, status.name());
                    }
                    statement.setInt(next, limit);
                },
                rows -> {
                    List<DeliveryView> views = new ArrayList<>();
                    while (rows.next()) {
                        views.add(view(rows));
                    }
                    return views;
                });
    }

    /**
     * Sends a dead or delivered delivery again, as new (attempts from 0, due now), with the same
     * id, so a receiver that has it already can tell. A pending one is still on its way: 409.
     */
    @Transactional
    DeliveryView redeliver(UUID subscriptionId, UUID deliveryId) {
        WebhookSubscription subscription = require(subscriptionId);
        DeliveryView delivery = find(subscription, deliveryId);
        if (delivery.status() == DeliveryStatus.PENDING) {
            throw new DeliveryNotAllowedException(
                    "Delivery " + deliveryId + " is still pending: it is attempted again by itself.");
        }
        TransactionSql.update(
                "update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = now(),"
                        + " claimed_until = null, delivered_at = null"
                        + " where id = ? and workspace_id = ? and status <> 'PENDING'",
                statement -> {
                    statement.setObject(1, deliveryId);
                    statement.setString(2, subscription.workspaceId);
                });
        written.fire(new DeliveriesWritten());
        return find(subscription, deliveryId);
    }

    /** Writes a webhook.ping event for this subscription alone; an inactive subscription gets none (409). */
    @Transactional
    DeliveryView ping(UUID subscriptionId) {
        WebhookSubscription subscription = require(subscriptionId);
        if (!subscription.active) {
            throw new DeliveryNotAllowedException("Webhook subscription " + subscriptionId + " is not active.");
        }
        UUID eventId = outbox.write(
                subscription.workspaceId,
                WebhookEventType.WEBHOOK_PING,
                clock.instant(),
                null,
                null,
                Map.of("subscription", subscription.id),
                List.of(subscription.id));
        return TransactionSql.query(
                VIEW + " and d.event_id = ?",
                statement -> {
                    statement.setString(1, subscription.workspaceId);
                    statement.setObject(2, subscription.id);
                    statement.setObject(3, eventId);
                },
                rows -> {
                    rows.next();
                    return view(rows);
                });
    }

    /** The caller's workspace's subscription: Hibernate's tenant filter hides every other one. */
    private static WebhookSubscription require(UUID subscriptionId) {
        WebhookSubscription subscription = WebhookSubscription.findById(subscriptionId);
        if (subscription == null) {
            throw new NotFoundException("webhook subscription", subscriptionId.toString());
        }
        return subscription;
    }

    private static DeliveryView find(WebhookSubscription subscription, UUID deliveryId) {
        DeliveryView delivery = TransactionSql.query(
                VIEW + " and d.id = ?",
                statement -> {
                    statement.setString(1, subscription.workspaceId);
                    statement.setObject(2, subscription.id);
                    statement.setObject(3, deliveryId);
                },
                rows -> rows.next() ? view(rows) : null);
        if (delivery == null) {
            throw new NotFoundException("webhook delivery", deliveryId.toString());
        }
        return delivery;
    }

    private static DeliveryView view(ResultSet rows) throws SQLException {
        DeliveryStatus status = DeliveryStatus.valueOf(rows.getString(6));
        return new DeliveryView(
                rows.getObject(1, UUID.class),
                rows.getObject(2, UUID.class),
                rows.getString(3),
                rows.getObject(4, UUID.class),
                (Integer) rows.getObject(5),
                status,
                rows.getInt(7),
                (Integer) rows.getObject(8),
                (Integer) rows.getObject(9),
                rows.getString(10),
                instant(rows, 11),
                status == DeliveryStatus.PENDING ? instant(rows, 12) : null,
                instant(rows, 13),
                instant(rows, 14));
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
