package dev.reviewflow.feedback.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Follow-ups still to be sent, earliest due first.")
public record FollowUpList(
        @Schema(required = true) List<FollowUpView> items,

        @Schema(
                description = "Whether more follow-ups match than limit: mark these sent, then ask again.",
                required = true)
        boolean more) {}
