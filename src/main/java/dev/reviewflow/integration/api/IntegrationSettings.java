package dev.reviewflow.integration.api;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.common.validation.ValidText;
import dev.reviewflow.complaint.Outcome;

public record IntegrationSettings(
        @NotNull
        @Schema(description = "Whether inbound events are accepted; an inactive one answers 401 like an unknown one.")
        Boolean active,

        @Size(max = 50)
        @Schema(
                description = "The outcome a resolved complaint gets, by the help-desk's closing state (Zammad: a state"
                        + " name, which also makes that state close; Chatwoot: resolved; generic: ticket.solved or"
                        + " ticket.closed). Unmapped: explained. Absent: unchanged (empty for a new integration).",
                examples = "{\"closed\": \"resolved-satisfied\"}")
        Map<@NotBlank @ValidText(max = 100) String, @NotNull Outcome> outcomeMapping,

        @ValidText(max = 200)
        @Size(min = 16)
        @Schema(
                description =
                        "Chatwoot only: the secret Chatwoot shows for its webhook, when Chatwoot made one. Absent:"
                                + " reviewflow makes the secret (shown once).")
        String secret) {}
