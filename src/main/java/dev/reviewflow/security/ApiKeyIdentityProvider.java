package dev.reviewflow.security;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Turns an API key into an identity: its known scopes become roles, its workspace an attribute. Every
 * request reads the key's row (one indexed lookup), so a revocation holds at once on every
 * replica. Plain JDBC, because the ORM session's tenant comes from the identity being built here.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    private static final String LOOKUP =
            "select id, workspace_id, scopes from api_key where secret_hash = ? and revoked_at is null"
                    + " and (expires_at is null or expires_at > ?)";

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final String bootstrapKeyHash;

    ApiKeyIdentityProvider(AgroalDataSource dataSource, Clock clock, SecurityConfig config) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.bootstrapKeyHash = SecuritySettings.bootstrapAdminKey(config.bootstrapAdminKey())
                .map(ApiKeySecrets::hash)
                .orElse(null);
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        String hash = ApiKeySecrets.hash(request.secret());
        if (bootstrapKeyHash != null && ApiKeySecrets.sameHash(bootstrapKeyHash, hash)) {
            return Uni.createFrom().item(Callers.identity("bootstrap-admin", null, Set.of(Scope.Names.PLATFORM_ADMIN)));
        }
        return context.runBlocking(() -> lookup(hash));
    }

    private SecurityIdentity lookup(String hash) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(LOOKUP)) {
            statement.setString(1, hash);
            statement.setTimestamp(2, Timestamp.from(clock.instant()));
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    // Unknown, revoked and expired keys look the same from outside.
                    throw new AuthenticationFailedException("unknown, revoked or expired API key");
                }
                Array scopes = row.getArray("scopes");
                // A row written by someone other than the service may name anything: only scopes count.
                Set<String> roles = Scope.known(Arrays.stream((String[]) scopes.getArray()));
                return Callers.identity("key:" + row.getString("id"), row.getString("workspace_id"), roles);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("API key lookup failed", e);
        }
    }
}
