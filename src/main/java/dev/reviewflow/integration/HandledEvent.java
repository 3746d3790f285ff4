package dev.reviewflow.integration;

import java.time.Instant;
import java.time.ZoneOffset;
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

/**
 * An inbound event that changed a complaint (or was refused by the reply guard), by the
 * help-desk's own id of it, with the answer it got: a replay gets the same answer and changes
 * nothing. Written in plain SQL that names the workspace (see {@link #claim}).
 */
@Entity
@Table(name = "inbound_event")
public class HandledEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "workspace_id", updatable = false)
    public String workspaceId;

    @Enumerated(EnumType.STRING)
    public HelpDesk system;

    @Column(name = "event_key")
    public String eventKey;

    @Column(name = "received_at")
    public Instant receivedAt;

    public int status;

    /** The answer's JSON body. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> answer;

    /**
     * Takes the event's key for this transaction; false if another transaction has handled it.
     * A concurrent duplicate waits on the unique key until the first transaction ends: it finds
     * the key taken if that one committed, and takes it if that one rolled back.
     */
    static boolean claim(String workspace, HelpDesk system, String eventKey, Instant at) {
        return TransactionSql.query(
                "insert into inbound_event (id, workspace_id, system, event_key, received_at, status, answer)"
                        + " values (?, ?, ?, ?, ?, 0, '{}') on conflict do nothing returning id",
                statement -> {
                    statement.setObject(1, UUID.randomUUID());
                    statement.setString(2, workspace);
                    statement.setString(3, system.name());
                    statement.setString(4, eventKey);
                    statement.setObject(5, at.atOffset(ZoneOffset.UTC));
                },
                rows -> rows.next());
    }

    /** Stores the answer of a claimed event. */
    static void answer(String workspace, HelpDesk system, String eventKey, int status, String jsonAnswer) {
        TransactionSql.update(
                "update inbound_event set status = ?, answer = cast(? as jsonb)"
                        + " where workspace_id = ? and system = ? and event_key = ?",
                statement -> {
                    statement.setInt(1, status);
                    statement.setString(2, jsonAnswer);
                    statement.setString(3, workspace);
                    statement.setString(4, system.name());
                    statement.setString(5, eventKey);
                });
    }

    static Optional<HandledEvent> find(HelpDesk system, String eventKey) {
        return HandledEvent.<HandledEvent>find("system = ?1 and eventKey = ?2", system, eventKey)
                .firstResultOptional();
    }
}
