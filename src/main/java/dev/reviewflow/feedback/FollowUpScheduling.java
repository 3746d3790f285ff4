package dev.reviewflow.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.reviewflow.common.persistence.TransactionSql;
import dev.reviewflow.complaint.Complaint;
import dev.reviewflow.timeline.TimelineRecorded;
import dev.reviewflow.workspace.Workspace;

/**
 * Schedules a follow-up for every resolution and cancels it when the complaint is reopened, in the
 * transaction that resolves or reopens. Every resolution gets one, whatever its outcome or the
 * customer's rating: no customer is left out of being asked. Other events cost nothing here, so
 * ingest stays as it was.
 */
@ApplicationScoped
class FollowUpScheduling {

    private final Clock clock;

    FollowUpScheduling(Clock clock) {
        this.clock = clock;
    }

    void onTimeline(@Observes TimelineRecorded event) {
        switch (event.type()) {
            case RESOLVED -> schedule(event);
            case REOPENED -> cancel(event);
            default -> {
                // nothing to follow up
            }
        }
    }

    private static void schedule(TimelineRecorded event) {
        Workspace workspace = Workspace.findById(event.workspace());
        Optional<Duration> delay = workspace.followUpDelay();
        if (delay.isEmpty()) {
            return;
        }
        // Already loaded and locked by the resolving transaction: no query.
        Complaint complaint = Complaint.findById(event.complaintId());
        FollowUp followUp = new FollowUp();
        followUp.id = UUID.randomUUID();
        followUp.complaintId = complaint.id;
        followUp.resolvedAt = complaint.resolvedAt;
        followUp.outcome = complaint.resolutionOutcome;
        followUp.dueAt = complaint.resolvedAt.plus(delay.get());
        followUp.status = FollowUpStatus.SCHEDULED;
        followUp.persist();
    }

    /** Reopening voids the resolution: its survey, due or not, must not go out any more. */
    private void cancel(TimelineRecorded event) {
        TransactionSql.update(
                "update follow_up set status = 'CANCELLED', cancelled_at = ?"
                        + " where workspace_id = ? and complaint_id = ? and status in ('SCHEDULED', 'EMITTED')",
                statement -> {
                    statement.setObject(1, clock.instant().atOffset(ZoneOffset.UTC));
                    statement.setString(2, event.workspace());
                    statement.setObject(3, event.complaintId());
                });
    }
}
