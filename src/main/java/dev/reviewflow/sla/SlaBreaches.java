package dev.reviewflow.sla;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.reviewflow.common.json.JsonEnums;
import dev.reviewflow.common.persistence.TransactionSql;
import dev.reviewflow.complaint.Complaint;
import dev.reviewflow.complaint.Priority;
import dev.reviewflow.complaint.SlaClock;
import dev.reviewflow.security.SystemCalls;
import dev.reviewflow.timeline.Timeline;
import dev.reviewflow.timeline.TimelineEventType;

/**
 * The breach job: finds the clocks whose due time has passed before their step, across all
 * workspaces, and records each breach once: in the timeline (from where the webhook outbox passes
 * it on), with the priority raised one step. Every replica runs it; each breach is claimed by
 * locking its complaint's row with SKIP LOCKED and checking again under the lock that it is due
 * and not yet recorded, so exactly one replica (or thread) acts on it, and the others move on.
 */
@ApplicationScoped
public class SlaBreaches {

    /** The actor the timeline names for a recorded breach. */
    public static final String ACTOR = SystemCalls.ACTOR_PREFIX + "sla";

    private static final Logger LOG = Logger.getLogger(SlaBreaches.class);

    /**
     * A clock's due column and the condition of a due breach not yet recorded: the same as the
     * partial indexes of V9 that serve it.
     */
    private record Condition(String dueColumn, String dueAndUnrecorded) {}

    private static final Map<SlaClock, Condition> CONDITIONS = Map.of(
            SlaClock.ACKNOWLEDGEMENT,
            new Condition(
                    "ack_due_at", "ack_due_at <= ? and acknowledged_at is null and ack_breach_recorded_at is null"),
            SlaClock.PRIVATE_CONTACT,
            new Condition(
                    "private_contact_due_at",
                    "private_contact_due_at <= ? and moved_to_private_at is null and resolved_at is null"
                            + " and private_contact_breach_recorded_at is null"),
            SlaClock.RESOLUTION,
            new Condition(
                    "resolution_due_at",
                    "resolution_due_at <= ? and resolved_at is null and resolution_breach_recorded_at is null"));

    /** One due breach, as found before it is claimed. */
    record Due(UUID complaintId, String workspace, SlaClock clock, Instant dueAt) {}

    private final AgroalDataSource dataSource;
    private final SystemCalls systemCalls;
    private final Timeline timeline;
    private final Clock clock;
    private final int batchSize;

    SlaBreaches(
            AgroalDataSource dataSource,
            SystemCalls systemCalls,
            Timeline timeline,
            Clock clock,
            @ConfigProperty(name = "reviewflow.sla.breach-batch-size") int batchSize) {
        this.dataSource = dataSource;
        this.systemCalls = systemCalls;
        this.timeline = timeline;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Scheduled(
            identity = "sla-breaches",
            every = "${reviewflow.sla.breach-check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        recordDue();
    }

    /**
     * Records the breaches due now, up to the batch size per clock (the next check takes the rest),
     * each in a transaction of its own, as {@link #ACTOR} of the complaint's workspace.
     *
     * @return how many breaches this call recorded (others may have been recorded meanwhile elsewhere)
     */
    public int recordDue() {
        Instant now = clock.instant();
        int recorded = 0;
        for (Due due : findDue(now)) {
            try {
                if (systemCalls.run(ACTOR, due.workspace(), () -> QuarkusTransaction.requiringNew()
                        .call(() -> record(due, now)))) {
                    recorded++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(
                        e,
                        "Could not record the %s breach of complaint %s; the next check tries again",
                        JsonEnums.wireName(due.clock()),
                        due.complaintId());
            }
        }
        return recorded;
    }

    /** The due breaches without a recorded one, oldest due first per clock; read without locks, across workspaces. */
    private List<Due> findDue(Instant now) {
        List<Due> due = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (Map.Entry<SlaClock, Condition> entry : CONDITIONS.entrySet()) {
                try (PreparedStatement statement = connection.prepareStatement(findDueSql(entry.getKey()))) {
                    statement.setObject(1, now.atOffset(ZoneOffset.UTC));
                    statement.setInt(2, batchSize);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            due.add(new Due(
                                    rows.getObject(1, UUID.class),
                                    rows.getString(2),
                                    entry.getKey(),
                                    rows.getObject(3, OffsetDateTime.class).toInstant()));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look for due SLA breaches", e);
        }
        return due;
    }

    /** The lookup of one clock's due breaches: parameters the time now and the batch size. */
    static String findDueSql(SlaClock clock) {
        Condition condition = CONDITIONS.get(clock);
        return "select id, workspace_id, " + condition.dueColumn() + " from complaint where "
                + condition.dueAndUnrecorded() + " order by " + condition.dueColumn() + " limit ?";
    }

    /** Claims and records one breach; false when it is no longer due, or another replica holds or recorded it. */
    private boolean record(Due due, Instant now) {
        boolean claimed = TransactionSql.query(
                "select id from complaint where id = ? and workspace_id = ? and "
                        + CONDITIONS.get(due.clock()).dueAndUnrecorded() + " for update skip locked",
                statement -> {
                    statement.setObject(1, due.complaintId());
                    statement.setString(2, due.workspace());
                    statement.setObject(3, now.atOffset(ZoneOffset.UTC));
                },
                ResultSet::next);
        if (!claimed) {
            return false;
        }
        Complaint complaint = Complaint.require(due.complaintId());
        Priority before = complaint.priority;
        complaint.recordBreach(due.clock(), now);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("clock", JsonEnums.wireName(due.clock()));
        data.put("dueAt", due.dueAt().toString());
        data.put("priority", Map.of("from", JsonEnums.wireName(before), "to", JsonEnums.wireName(complaint.priority)));
        timeline.record(complaint.id, TimelineEventType.SLA_BREACHED, data);
        Complaint.bumpVersion();
        return true;
    }
}
