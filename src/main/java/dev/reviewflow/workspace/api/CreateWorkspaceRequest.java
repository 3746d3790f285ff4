package dev.reviewflow.workspace.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.common.validation.ValidText;

public record CreateWorkspaceRequest(
        @NotNull
        @Pattern(
                regexp = "^[a-z0-9][a-z0-9-]{1,62}$",
                message = "must be 2 to 63 lower-case letters, digits or dashes, starting with a letter or digit")
        @Schema(examples = "pizza-napoli")
        String id,

        @NotBlank @ValidText(max = 200) @Schema(examples = "Pizza Napoli")
        String name) {}
