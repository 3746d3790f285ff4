package dev.reviewflow.feedback;

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

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import dev.reviewflow.common.json.JsonEnums;
import dev.reviewflow.common.persistence.TransactionSql;
import dev.reviewflow.complaint.Outcome;
import dev.reviewflow.security.SystemCalls;
import dev.reviewflow.timeline.Timeline;
import dev.reviewflow.timeline.TimelineEventType;

/**
 * Emits due follow-ups: records each once in its complaint's timeline ({@code follow-up-due}),
 * which the webhook outbox passes on to the help-desk or mailer. Safe with several replicas
 * running it at once: a run claims rows with {@code FOR UPDATE SKIP LOCKED}, so each follow-up is
 * taken by exactly one of them, and only while it is still scheduled. It claims the complaint's
 * row with it, as every timeline writer holds it; a complaint locked by a request (a reopen, say)
 * is left for the next run.
 */
@ApplicationScoped
public class FollowUpEmitter {

    /** The timeline's actor for what this job records. */
    static final String ACTOR = SystemCalls.ACTOR_PREFIX + "follow-up";

    private static final int BATCH = 100;

    private final Clock clock;
    private final Timeline timeline;
    private final SystemCalls systemCalls;

    FollowUpEmitter(Clock clock, Timeline timeline, SystemCalls systemCalls) {
        this.clock = clock;
        this.timeline = timeline;
        this.systemCalls = systemCalls;
    }

    @Scheduled(
            identity = "follow-up-emitter",
            every = "${reviewflow.follow-ups.emit-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        emitDue();
    }

    /**
     * Emits every follow-up due now, one transaction per workspace and batch, each as the system
     * actor of its workspace.
     *
     * @return how many this call emitted
     */
    public int emitDue() {
        Instant now = clock.instant();
        int emitted = 0;
        for (String workspace : systemCalls.run(ACTOR, null, () -> workspacesWithDue(now))) {
            int batch;
            do {
                batch = systemCalls.run(ACTOR, workspace, () -> QuarkusTransaction.requiringNew()
                        .call(() -> emitBatch(workspace, now)));
                emitted += batch;
            } while (batch == BATCH);
        }
        return emitted;
    }

    private static List<String> workspacesWithDue(Instant now) {
        return QuarkusTransaction.requiringNew()
                .call(() -> TransactionSql.query(
                        "select distinct workspace_id from follow_up where status = 'SCHEDULED' and due_at <= ?",
                        statement -> statement.setObject(1, now.atOffset(ZoneOffset.UTC)),
                        rows -> {
                            List<String> workspaces = new ArrayList<>();
                            while (rows.next()) {
                                workspaces.add(rows.getString(1));
                            }
                            return workspaces;
                        }));
    }

    private int emitBatch(String workspace, Instant now) {
        List<Claimed> claimed = TransactionSql.query(
                "select f.id, f.complaint_id, f.due_at, f.resolved_at, f.outcome"
                        + " from follow_up f join complaint c on c.id = f.complaint_id and c.workspace_id = f.workspace_id"
                        + " where f.workspace_id = ? and f.status = 'SCHEDULED' and f.due_at <= ?"
                        + " order by f.due_at, f.id limit ?"
                        + " for update of f, c skip locked",
                statement -> {
                    statement.setString(1, workspace);
                    statement.setObject(2, now.atOffset(ZoneOffset.UTC));
                    statement.setInt(3, BATCH);
                },
                rows -> {
                    List<Claimed> read = new ArrayList<>();
                    while (rows.next()) {
                        read.add(new Claimed(
                                rows.getObject(1, UUID.class),
                                rows.getObject(2, UUID.class),
                                rows.getObject(3, OffsetDateTime.class).toInstant(),
                                rows.getObject(4, OffsetDateTime.class).toInstant(),
                                Outcome.valueOf(rows.getString(5))));
                    }
                    return read;
                });
        for (Claimed followUp : claimed) {
            TransactionSql.update(
                    "update follow_up set status = 'EMITTED', emitted_at = ? where workspace_id = ? and id = ?",
                    statement -> {
                        statement.setObject(1, clock.instant().atOffset(ZoneOffset.UTC));
                        statement.setString(2, workspace);
                        statement.setObject(3, followUp.id());
                    });
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("followUpId", followUp.id().toString());
            data.put("dueAt", followUp.dueAt().toString());
            data.put("resolvedAt", followUp.resolvedAt().toString());
            data.put("outcome", JsonEnums.wireName(followUp.outcome()));
            timeline.record(followUp.complaintId(), TimelineEventType.FOLLOW_UP_DUE, data);
        }
        return claimed.size();
    }

    private record Claimed(UUID id, UUID complaintId, Instant dueAt, Instant resolvedAt, Outcome outcome) {}
}
