package dev.reviewflow.insight.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The terms that recur most in the complaints received in [from, to), and where they concentrate.")
public record PatternReport(
        @Schema(required = true) Instant from,
        @Schema(required = true) Instant to,

        @Schema(
                description = "Start of the previous period, [previousFrom, from), of the same length.",
                required = true)
        Instant previousFrom,

        @Schema(
                description = "The time zone of the weekday and hour cells: the workspace's SLA calendar zone, or UTC"
                        + " when its calendar runs around the clock.",
                required = true,
                examples = "Europe/Bucharest")
        String timeZone,

        @Schema(description = "Complaints received in the period.", required = true)
        long complaints,

        @Schema(description = "Most frequent first (ties by term).", required = true)
        List<Pattern> patterns) {}
