package dev.reviewflow.insight.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The term's complaints of one location or channel.")
public record PatternShare(
        @Schema(description = "The location, or the channel as the API names it (\"google\").", required = true)
        String value,

        @Schema(required = true) long count,

        @Schema(description = "count against the term's complaints of the period.", required = true)
        double share) {}
