package dev.reviewflow.feedback.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.complaint.Channel;
import dev.reviewflow.complaint.Outcome;
import dev.reviewflow.complaint.api.CustomerContact;
import dev.reviewflow.feedback.FollowUpStatus;

@Schema(
        name = "FollowUp",
        description = "The follow-up of one resolution: when to ask the customer what they think. Every resolution"
                + " gets one, whatever its outcome or rating.")
public record FollowUpView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID complaintId,
        @Schema(required = true) FollowUpStatus status,

        @Schema(description = "When the customer is to be asked.", required = true)
        Instant dueAt,

        @Schema(description = "The resolution followed up.", required = true)
        Instant resolvedAt,

        @Schema(description = "How that resolution ended.", required = true)
        Outcome outcome,

        @Schema(description = "Where the customer complained.", required = true)
        Channel channel,

        @Schema(
                description = "How to reach the customer; present only for callers with the pii:read scope.",
                required = true,
                nullable = true)
        CustomerContact customer,

        @Schema(description = "When the job announced it as due.", required = true, nullable = true)
        Instant emittedAt,

        @Schema(description = "When the survey went out.", required = true, nullable = true)
        Instant sentAt) {}
