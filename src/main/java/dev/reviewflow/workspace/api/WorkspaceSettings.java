package dev.reviewflow.workspace.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.common.validation.ValidText;

@Schema(description = "A workspace's settings.")
public record WorkspaceSettings(
        @NotNull
        @Size(max = 20)
        @Schema(
                description = "The business's own e-mail addresses and phone numbers: the reply guard lets public"
                        + " replies show these (and refuses any other).",
                examples = "[\"help@pizza-napoli.example\", \"+39 081 555 0100\"]")
        List<@NotBlank @ValidText(max = 320) String> replyAllowedContacts,

        @Schema(
                description = "How long after each resolution the customer's follow-up is due (ISO 8601 duration,"
                        + " PT1M to P366D, e.g. P7D); null or absent: no follow-ups. New workspaces start with P7D.",
                nullable = true,
                examples = "P7D")
        String followUpAfter) {}
