package dev.reviewflow.integration;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

import dev.reviewflow.common.persistence.TransactionSql;

/** A workspace's settings for the inbound events of one help-desk. */
@Entity
@Table(name = "integration")
public class Integration extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "workspace_id", updatable = false)
    public String workspaceId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public HelpDesk system;

    public boolean active;

    /** The key the help-desk signs with (or, for an unsigned Chatwoot, sends as the URL's token). */
    public String secret;

    /** Closing state or event type (as the help-desk names it) to outcome wire name. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "outcome_mapping")
    public Map<String, String> outcomeMapping = new HashMap<>();

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<Integration> of(HelpDesk system) {
        return Integration.<Integration>find("system", system).firstResultOptional();
    }

    public static List<Integration> all() {
        return list("order by system");
    }

    /**
     * The secret of the workspace's active integration, read before the request has a workspace:
     * plain SQL that names the workspace itself.
     */
    static Optional<String> activeSecret(String workspace, HelpDesk system) {
        return TransactionSql.query(
                "select secret from integration where workspace_id = ? and system = ? and active",
                statement -> {
                    statement.setString(1, workspace);
                    statement.setString(2, system.name());
                },
                rows -> rows.next() ? Optional.of(rows.getString(1)) : Optional.empty());
    }
}
