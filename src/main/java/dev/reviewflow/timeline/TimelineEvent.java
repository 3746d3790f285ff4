package dev.reviewflow.timeline;

import java.time.Instant;
import java.time.ZoneOffset;
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

import dev.reviewflow.common.persistence.TransactionSql;

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

    /** Position in the complaint's history: 1, 2, 3, ... without gaps. */
    @Column(updatable = false)
    public int sequence;

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

    /**
     * Appends one event in a single insert. Not {@code persist()}: an entity with an identity key
     * is inserted with {@code returning *} and its JSON data deep-copied as a snapshot for dirty
     * checking, for a row that is never changed in the transaction that writes it (see README
     * "Performance"). The workspace is given explicitly, as plain SQL passes the tenant filter by.
     * The sequence is the complaint's last plus one: every writer holds the complaint's row lock
     * (or, for a new complaint, the post's advisory lock), and a unique constraint stands behind
     * that.
     *
     * @return the event's sequence
     */
    static int append(
            String workspace,
            UUID complaintId,
            TimelineEventType type,
            Instant occurredAt,
            String actor,
            String fromStatus,
            String toStatus,
            String jsonData) {
        return TransactionSql.insertReturning(
                "insert into timeline_event"
                        + " (workspace_id, complaint_id, type, occurred_at, actor, from_status, to_status, data, sequence)"
                        + " values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb),"
                        + " (select coalesce(max(sequence), 0) + 1 from timeline_event where complaint_id = ?))"
                        + " returning sequence",
                statement -> {
                    statement.setString(1, workspace);
                    statement.setObject(2, complaintId);
                    statement.setString(3, type.name());
                    statement.setObject(4, occurredAt.atOffset(ZoneOffset.UTC));
                    statement.setString(5, actor);
                    statement.setString(6, fromStatus);
                    statement.setString(7, toStatus);
                    statement.setString(8, jsonData);
                    statement.setObject(9, complaintId);
                },
                rows -> {
                    rows.next();
                    return rows.getInt(1);
                });
    }

    /** The whole history of one complaint, oldest first. */
    public static List<TimelineEvent> ofComplaint(UUID complaintId) {
        return list("complaintId = ?1 order by sequence", complaintId);
    }
}
