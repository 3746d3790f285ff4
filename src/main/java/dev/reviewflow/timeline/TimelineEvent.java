package dev.reviewflow.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/**
 * One entry of a complaint's append-only history. Written once and never deleted; the only
 * change ever made is erasure's, which replaces a customer's values in {@link #data}.
 */
@Entity
@Table(name = "timeline_event")
public class TimelineEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The owning workspace: set and filtered by Hibernate from the caller's workspace. */
    @TenantId
    @Column(name = "workspace_id", updatable = false)
    public String workspaceId;

    @Column(name = "complaint_id", updatable = false)
    public UUID complaintId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public TimelineEventType type;

    @Column(name = "occurred_at", updatable = false)
    public Instant occurredAt;

    @Column(updatable = false)
    public String actor;

    /** The status before a status change, by its name. */
    @Column(name = "from_status", updatable = false)
    public String fromStatus;

    /** The status after a status change, by its name. */
    @Column(name = "to_status", updatable = false)
    public String toStatus;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> data;

    /** The whole history of one complaint, oldest first. */
    public static List<TimelineEvent> ofComplaint(UUID complaintId) {
        return list("complaintId = ?1 order by id", complaintId);
    }
}
