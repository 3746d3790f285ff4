package dev.reviewflow.security.api;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.common.validation.ValidText;
import dev.reviewflow.security.Scope;

public record CreateApiKeyRequest(
        @NotBlank @ValidText(max = 200) @Schema(examples = "Zendesk integration")
        String name,

        @NotEmpty List<@NotNull Scope> scopes,

        @Future
        @Schema(
                description = "The key stops working at this instant. Optional, except for a key created with an"
                        + " OpenID Connect token, which must expire within reviewflow.security.oidc-key-max-lifetime.",
                nullable = true)
        OffsetDateTime expiresAt) {}
