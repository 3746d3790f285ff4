package dev.reviewflow.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.reviewflow.common.json.JsonEnums;

/** An API key of a workspace. Only the hash of its secret is stored. */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "workspace_id")
    public String workspaceId;

    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> scopes = new ArrayList<>();

    @Column(name = "secret_hash")
    public String secretHash;

    @Column(name = "secret_prefix")
    public String secretPrefix;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** A new key for {@code secret}, of which it keeps only the hash and a prefix too short to use. */
    public static ApiKey of(
            String workspaceId,
            String name,
            Collection<Scope> scopes,
            String secret,
            String createdBy,
            Instant createdAt) {
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.workspaceId = workspaceId;
        key.name = name;
        key.scopes = new ArrayList<>(
                scopes.stream().distinct().map(JsonEnums::wireName).toList());
        key.secretHash = ApiKeySecrets.hash(secret);
        key.secretPrefix = ApiKeySecrets.displayPrefix(secret);
        key.createdBy = createdBy;
        key.createdAt = createdAt;
        return key;
    }

    /** The key of this secret, revoked or not. */
    public static Optional<ApiKey> withSecret(String secret) {
        return find("secretHash", ApiKeySecrets.hash(secret)).firstResultOptional();
    }

    public static List<ApiKey> ofWorkspace(String workspaceId) {
        return list("workspaceId = ?1 order by createdAt, id", workspaceId);
    }
}
