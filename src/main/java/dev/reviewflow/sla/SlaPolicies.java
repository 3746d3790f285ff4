package dev.reviewflow.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.reviewflow.common.persistence.TransactionSql;
import dev.reviewflow.sla.api.SlaPolicyRequest;

/**
 * The stored versions of the workspaces' SLA policies. A version is never changed once written,
 * so versions read by id are kept in memory (every replica may keep its own copy). Plain SQL that
 * names the workspace: a platform admin sets policies for workspaces that are not its own.
 */
@ApplicationScoped
public class SlaPolicies {

    /** One version; the built-in default has neither id nor start. */
    record Version(UUID id, Instant effectiveFrom, SlaPolicyRequest definition, SlaPolicy policy) {}

    static final Version DEFAULT =
            new Version(null, null, SlaPolicyRules.DEFAULT, SlaPolicyRules.parse(SlaPolicyRules.DEFAULT));

    /** Enough for every version in use; beyond it the cache starts again rather than grow. */
    private static final int CACHED_VERSIONS = 10_000;

    private final ObjectMapper mapper;
    private final Map<UUID, SlaPolicy> byId = new ConcurrentHashMap<>();

    SlaPolicies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The version that complaints received now follow. */
    Version current(String workspace) {
        return TransactionSql.query(
                "select id, effective_from, definition::text from sla_policy where workspace_id = ?"
                        + " order by effective_from desc, id desc limit 1",
                statement -> statement.setString(1, workspace),
                rows -> rows.next() ? remember(version(rows)) : DEFAULT);
    }

    /** The policy of a version that a complaint names (null: the default). */
    SlaPolicy policy(String workspace, UUID id) {
        if (id == null) {
            return DEFAULT.policy();
        }
        SlaPolicy cached = byId.get(id);
        if (cached != null) {
            return cached;
        }
        Version version = TransactionSql.query(
                "select id, effective_from, definition::text from sla_policy where id = ? and workspace_id = ?",
                statement -> {
                    statement.setObject(1, id);
                    statement.setString(2, workspace);
                },
                rows -> {
                    if (!rows.next()) {
                        throw new IllegalStateException("SLA policy " + id + " of " + workspace + " is gone");
                    }
                    return version(rows);
                });
        return remember(version).policy();
    }

    /** Stores a new version (valid and in normal form) for complaints received from {@code effectiveFrom}. */
    Version save(String workspace, SlaPolicyRequest definition, Instant effectiveFrom, String actor) {
        UUID id = UUID.randomUUID();
        TransactionSql.update(
                "insert into sla_policy (id, workspace_id, effective_from, definition, created_by)"
                        + " values (?, ?, ?, cast(? as jsonb), ?)",
                statement -> {
                    statement.setObject(1, id);
                    statement.setString(2, workspace);
                    statement.setObject(3, effectiveFrom.atOffset(ZoneOffset.UTC));
                    statement.setString(4, json(definition));
                    statement.setString(5, actor);
                });
        return remember(new Version(id, effectiveFrom, definition, SlaPolicyRules.parse(definition)));
    }

    private Version remember(Version version) {
        if (byId.size() >= CACHED_VERSIONS) {
            byId.clear();
        }
        byId.put(version.id(), version.policy());
        return version;
    }

    private Version version(ResultSet rows) throws SQLException {
        SlaPolicyRequest definition = parse(rows.getString(3));
        return new Version(
                rows.getObject(1, UUID.class),
                rows.getObject(2, OffsetDateTime.class).toInstant(),
                definition,
                SlaPolicyRules.parse(definition));
    }

    private String json(SlaPolicyRequest definition) {
        try {
            return mapper.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an SLA policy is not JSON", e);
        }
    }

    private SlaPolicyRequest parse(String json) {
        try {
            return mapper.readValue(json, SlaPolicyRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored SLA policy cannot be read", e);
        }
    }
}
