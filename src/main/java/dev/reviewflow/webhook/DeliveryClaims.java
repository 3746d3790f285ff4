package dev.reviewflow.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The dispatcher's statements, each in a short transaction of its own (no HTTP call ever runs
 * inside one): claim due deliveries, record an attempt's result, remove what retention allows.
 * They work across workspaces, so they run on the data source, past Hibernate's tenant filter;
 * the database's clock is the only one they read.
 *
 * <p>A delivery is eligible when it is pending, due, not under a live claim, its subscription is
 * active, and no earlier event of the same complaint is pending for that subscription (in flight
 * included: a claimed delivery stays pending until its result is recorded). A claim sets
 * next_attempt_at to the end of the lease, so a delivery whose replica died becomes due again.
 */
@ApplicationScoped
class DeliveryClaims {

    /** Due and not under a live claim; {@code d} is the delivery. */
    private static final String DUE =
            "d.next_attempt_at <= now() and (d.claimed_until is null or d.claimed_until <= now())";

    /** A subscription's deliveries under a live claim: its attempts under way. */
    private static final String LIVE = "live.status = 'PENDING' and live.claimed_until > now()";

    private static final String LIVE_CLAIMS =
            "select count(*) from webhook_delivery live where live.subscription_id = s.id and " + LIVE;

    /**
     * The same count for one subscription, asked again once it is locked: the count in
     * {@link #LOCK_SUBSCRIPTIONS} may predate another replica's claim that committed just before.
     */
    private static final String LIVE_CLAIMS_OF_ONE =
            "select count(*) from webhook_delivery live where live.subscription_id = ? and " + LIVE;

    /**
     * Subscriptions with due work and room under their in-flight limit, oldest due first. The row
     * lock makes one replica at a time claim for a subscription, so that the in-flight limit and
     * the order per complaint hold across replicas; another replica skips it and serves the next.
     * NO KEY UPDATE does not block the outbox's inserts (their foreign key check only shares the
     * key).
     */
    private static final String LOCK_SUBSCRIPTIONS = "select s.id from webhook_subscription s"
            + " where s.active and exists (select 1 from webhook_delivery d where d.subscription_id = s.id"
            + " and d.status = 'PENDING' and " + DUE + ") and (" + LIVE_CLAIMS + ") < ?"
            + " order by (select min(d.next_attempt_at) from webhook_delivery d where d.subscription_id = s.id"
            + " and d.status = 'PENDING') limit ? for no key update of s skip locked";

    /**
     * Claims a subscription's eligible deliveries: of each complaint only its first pending event
     * (the head, found in one ordered pass over ix_webhook_delivery_order; a head under a live
     * claim holds back the events behind it), and every due ping; the oldest due are then locked
     * by primary key. Each step is linear in the subscription's pending deliveries whatever the
     * statistics say: the outbox goes from empty
     * to a backlog within seconds, and plans built on a correlated lookup per delivery, right for
     * an empty table, compared every pending delivery with every other (12 s per claim at 18,000
     * pending, so the backlog stopped draining).
     */
    private static final String CLAIM = "with heads as materialized (select distinct on (d.complaint_id) d.id,"
            + " d.next_attempt_at, d.claimed_until, d.sequence from webhook_delivery d where d.subscription_id = ?"
            + " and d.status = 'PENDING' and d.complaint_id is not null order by d.complaint_id, d.sequence),"
            + " candidates as (select due.id from (select d.id, d.next_attempt_at, d.sequence from heads d where " + DUE
            + " union all select d.id, d.next_attempt_at, d.sequence from webhook_delivery d where d.subscription_id = ?"
            + " and d.status = 'PENDING' and d.complaint_id is null and " + DUE + ") due"
            + " order by due.next_attempt_at, due.sequence limit ?),"
            + " claimed as (select d.id from webhook_delivery d where d.id = any (array(select id from candidates))"
            + " and d.status = 'PENDING' and " + DUE + " for update of d skip locked)"
            + " update webhook_delivery d set attempts = d.attempts + 1, last_attempt_at = now(),"
            + " claimed_until = now() + ? * interval '1 millisecond', next_attempt_at = now() + ? * interval '1 millisecond'"
            + " from claimed, webhook_event e, webhook_subscription s"
            + " where d.id = claimed.id and e.id = d.event_id and s.id = d.subscription_id"
            + " returning d.id, d.attempts, s.id, s.url, s.secret,"
            + " case when s.previous_secret_expires_at > now() then s.previous_secret end,"
            + " s.include_customer, e.payload::text";

    /** Only the claim that made the attempt records it: a lapsed claim taken over by another replica counts up attempts. */
    private static final String MINE = " where id = ? and attempts = ? and status = 'PENDING'";

    private static final int RETENTION_BATCH = 5000;

    private final AgroalDataSource dataSource;
    private final WebhookDeliverySettings settings;
    private final RetrySchedule schedule;
    private final DeliveryMetrics metrics;

    DeliveryClaims(AgroalDataSource dataSource, WebhookDeliverySettings settings, DeliveryMetrics metrics) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.metrics = metrics;
        this.schedule = new RetrySchedule(settings.retryDelays());
    }

    /** Claims at most {@code capacity} eligible deliveries for one attempt each. */
    List<ClaimedDelivery> claim(int capacity) {
        if (capacity <= 0) {
            return List.of();
        }
        int perSubscription = settings.maxInFlightPerSubscription();
        long leaseMillis = settings.lease().toMillis();
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                planForTheOutboxAsItIsNow(connection);
                List<ClaimedDelivery> claimed = new ArrayList<>();
                for (UUID subscription : lockSubscriptions(connection, perSubscription, capacity)) {
                    int room =
                            Math.min(capacity - claimed.size(), perSubscription - liveClaims(connection, subscription));
                    if (room > 0) {
                        claimed.addAll(claimFor(connection, subscription, room, leaseMillis));
                    }
                    if (claimed.size() >= capacity) {
                        break;
                    }
                }
                return claimed;
            }
        });
    }

    /** Records what an attempt came to: delivered, retried later, dead, or (410) its subscription disabled. */
    void record(ClaimedDelivery delivery, DeliveryAttempt attempt) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                if (attempt.succeeded()) {
                    if (recordAttempt(
                            connection, "status = 'DELIVERED', delivered_at = now()", null, delivery, attempt)) {
                        metrics.attempted(DeliveryMetrics.Outcome.DELIVERED, attempt.latencyMs());
                    }
                } else if (attempt.gone()) {
                    // Left pending and due: it goes out first should the subscription be activated again.
                    if (recordAttempt(connection, "next_attempt_at = now()", null, delivery, attempt)) {
                        disableAsGone(connection, delivery.subscriptionId());
                        metrics.attempted(DeliveryMetrics.Outcome.GONE, attempt.latencyMs());
                    }
                } else {
                    var delay = schedule.delayAfter(
                            delivery.attempts(), ThreadLocalRandom.current().nextDouble());
                    if (delay.isPresent()) {
                        if (recordAttempt(
                                connection,
                                "next_attempt_at = now() + ? * interval '1 millisecond'",
                                Math.max(1, delay.get().toMillis()),
                                delivery,
                                attempt)) {
                            metrics.attempted(DeliveryMetrics.Outcome.RETRIED, attempt.latencyMs());
                        }
                    } else if (recordAttempt(connection, "status = 'DEAD'", null, delivery, attempt)) {
                        metrics.attempted(DeliveryMetrics.Outcome.DEAD, attempt.latencyMs());
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Deletes delivered deliveries older than the retention period, then the events none refers to. */
    void removeExpired() {
        long retentionMillis = settings.retention().toMillis();
        deleteInBatches(
                "delete from webhook_delivery where id in (select id from webhook_delivery where status = 'DELIVERED'"
                        + " and delivered_at < now() - ? * interval '1 millisecond' limit " + RETENTION_BATCH + ")",
                retentionMillis);
        deleteInBatches(
                "delete from webhook_event where id in (select e.id from webhook_event e"
                        + " where e.occurred_at < now() - ? * interval '1 millisecond'"
                        + " and not exists (select 1 from webhook_delivery d where d.event_id = e.id)"
                        + " limit " + RETENTION_BATCH + ")",
                retentionMillis);
    }

    /**
     * The outbox grows from nothing to a backlog within seconds, faster than autovacuum analyses
     * it; a plan that the connection cached while it was small (the driver prepares a statement
     * on the server after five uses, and PostgreSQL then keeps a generic plan) kept scanning a
     * backlog of thousands row by row: measured, three deliveries a second instead of hundreds.
     * Planning these few statements anew for each claim costs well under a millisecond.
     */
    private static void planForTheOutboxAsItIsNow(Connection connection) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("set local plan_cache_mode = force_custom_plan")) {
            statement.execute();
        }
    }

    private static List<UUID> lockSubscriptions(Connection connection, int perSubscription, int limit)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LOCK_SUBSCRIPTIONS)) {
            statement.setInt(1, perSubscription);
            statement.setInt(2, limit);
            try (ResultSet rows = statement.executeQuery()) {
                List<UUID> ids = new ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
                return ids;
            }
        }
    }

    private static int liveClaims(Connection connection, UUID subscription) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LIVE_CLAIMS_OF_ONE)) {
            statement.setObject(1, subscription);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static List<ClaimedDelivery> claimFor(Connection connection, UUID subscription, int room, long leaseMillis)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
            statement.setObject(1, subscription);
            statement.setObject(2, subscription);
            statement.setInt(3, room);
            statement.setLong(4, leaseMillis);
            statement.setLong(5, leaseMillis);
            try (ResultSet rows = statement.executeQuery()) {
                List<ClaimedDelivery> claimed = new ArrayList<>();
                while (rows.next()) {
                    claimed.add(new ClaimedDelivery(
                            rows.getObject(1, UUID.class),
                            rows.getInt(2),
                            rows.getObject(3, UUID.class),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6),
                            rows.getBoolean(7),
                            rows.getString(8)));
                }
                return claimed;
            }
        }
    }

    /**
     * Updates the claimed delivery with {@code changes} (whose one parameter, if any, is {@code
     * delayMillis}) and the attempt's result; whether the claim was still this one's.
     */
    private static boolean recordAttempt(
            Connection connection, String changes, Long delayMillis, ClaimedDelivery delivery, DeliveryAttempt attempt)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("update webhook_delivery set " + changes
                + ", claimed_until = null, last_status_code = ?, last_latency_ms = ?, last_error = ?" + MINE)) {
            int next = 1;
            if (delayMillis != null) {
                statement.setLong(next++, delayMillis);
            }
            statement.setObject(next++, attempt.statusCode());
            statement.setInt(next++, attempt.latencyMs());
            statement.setString(next++, attempt.error());
            statement.setObject(next++, delivery.id());
            statement.setInt(next, delivery.attempts());
            return statement.executeUpdate() == 1;
        }
    }

    private static void disableAsGone(Connection connection, UUID subscription) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "update webhook_subscription set active = false, disabled_reason = 'gone', version = version + 1"
                        + " where id = ? and active")) {
            statement.setObject(1, subscription);
            statement.executeUpdate();
        }
    }

    private void deleteInBatches(String sql, long retentionMillis) {
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> {
                try (Connection connection = dataSource.getConnection();
                        PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setLong(1, retentionMillis);
                    return statement.executeUpdate();
                }
            });
        } while (deleted == RETENTION_BATCH);
    }
}
