package dev.reviewflow.reply;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import dev.reviewflow.reply.guard.Finding;

/** A message on a complaint: what the business said, where, and what the guard warned about. */
@Entity
@Table(name = "reply")
public class Reply extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The owning workspace: set and filtered by Hibernate from the caller's workspace. */
    @TenantId
    @Column(name = "workspace_id")
    public String workspaceId;

    @Column(name = "complaint_id")
    public UUID complaintId;

    @Enumerated(EnumType.STRING)
    public ReplyVisibility visibility;

    public String body;

    public String author;

    /** The guard's warnings on a public reply (refusals are never stored). */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Finding> findings;

    @Column(name = "created_at")
    public Instant createdAt;

    public static List<Reply> ofComplaint(UUID complaintId) {
        return list("complaintId = ?1 order by createdAt, id", complaintId);
    }
}
