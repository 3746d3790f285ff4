package dev.reviewflow.security.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.common.json.JsonEnums;
import dev.reviewflow.security.ApiKey;
import dev.reviewflow.security.Scope;

@Schema(name = "ApiKey")
public record ApiKeyView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String workspace,
        @Schema(required = true) String name,
        @Schema(required = true) List<Scope> scopes,

        @Schema(description = "The first characters of the secret, to tell keys apart.", required = true)
        String secretPrefix,

        @Schema(required = true) Instant createdAt,

        @Schema(description = "The key or token subject that created it.", required = true)
        String createdBy,

        @Schema(required = true, nullable = true) Instant expiresAt,
        @Schema(required = true, nullable = true) Instant revokedAt,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The secret: in the answer that creates the key, and never again.")
        String secret) {

    public static ApiKeyView of(ApiKey key, String secret) {
        return new ApiKeyView(
                key.id,
                key.workspaceId,
                key.name,
                key.scopes.stream()
                        .flatMap(scope -> JsonEnums.parse(Scope.class, scope).stream())
                        .toList(),
                key.secretPrefix,
                key.createdAt,
                key.createdBy,
                key.expiresAt,
                key.revokedAt,
                secret);
    }
}
