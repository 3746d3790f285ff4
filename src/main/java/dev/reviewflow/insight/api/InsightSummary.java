package dev.reviewflow.insight.api;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.complaint.Channel;

@Schema(description = "Figures about the complaints received in [from, to), of the channel and location if given.")
public record InsightSummary(
        @Schema(required = true) Instant from,
        @Schema(required = true) Instant to,
        @Schema(required = true, nullable = true) Channel channel,
        @Schema(required = true, nullable = true) String location,
        @Schema(required = true) long complaints,

        @Schema(description = "Complaints per status (every status, zeros included).", required = true)
        Map<String, Long> byStatus,

        @Schema(description = "Complaints per channel (channels with complaints only).", required = true)
        Map<String, Long> byChannel,

        @Schema(
                description = "Share answered in public (acknowledged); null without complaints.",
                required = true,
                nullable = true)
        Double responseRate,

        @Schema(required = true) TimeToStep timeToAcknowledgement,
        @Schema(required = true) TimeToStep timeToPrivateContact,

        @Schema(description = "To the current resolution of resolved complaints.", required = true)
        TimeToStep timeToResolution,

        @Schema(
                description = "Whether the medians and 90th percentiles are exact: true for periods of up to 31 days."
                        + " Longer periods take them from daily histograms in logarithmic buckets: within 1 % of the"
                        + " exact value (within a second below 90 seconds). Counts and shares are always exact.",
                required = true)
        boolean percentilesExact,

        @Schema(required = true) SlaMetShares slaMet,
        @Schema(required = true) SatisfactionFigures satisfaction,
        @Schema(required = true) RatingChange ratingChange,
        @Schema(required = true) PerceptionGap perceptionGap) {}
