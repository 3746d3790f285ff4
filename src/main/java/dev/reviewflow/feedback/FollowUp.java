package dev.reviewflow.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.TenantId;

import dev.reviewflow.common.error.NotFoundException;
import dev.reviewflow.complaint.Outcome;

/** The follow-up of one resolution: due some time after it, whatever its outcome or rating. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The owning workspace: set and filtered by Hibernate from the caller's workspace. */
    @TenantId
    @Column(name = "workspace_id")
    public String workspaceId;

    @Column(name = "complaint_id")
    public UUID complaintId;

    /** The resolution followed up, by the complaint's resolvedAt then. */
    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "due_at")
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    public FollowUpStatus status;

    @Column(name = "emitted_at")
    public Instant emittedAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    /** The workspace's follow-ups still to be sent, earliest due first; only those due by {@code dueBy} if given. */
    static List<FollowUp> unsent(Instant dueBy, int limit) {
        String unsent = "status in ?1";
        List<FollowUpStatus> statuses = List.of(FollowUpStatus.SCHEDULED, FollowUpStatus.EMITTED);
        return dueBy == null
                ? FollowUp.<FollowUp>find(unsent + " order by dueAt, id", statuses)
                        .page(0, limit)
                        .list()
                : FollowUp.<FollowUp>find(unsent + " and dueAt <= ?2 order by dueAt, id", statuses, dueBy)
                        .page(0, limit)
                        .list();
    }

    static FollowUp lockForUpdate(UUID id) {
        return FollowUp.<FollowUp>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("follow-up", id.toString()));
    }
}
