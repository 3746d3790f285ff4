package dev.reviewflow.insight.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One recurring term: a word as its language's analyzer leaves it, or a tag.")
public record Pattern(
        @Schema(
                description =
                        "A stemmed word (\"cold\", \"dingin\", \"rec\"), or a tag prefixed with # (\"#delivery\").",
                required = true)
        String term,

        @Schema(description = "Complaints of the period that contain the term.", required = true)
        long count,

        @Schema(description = "count against the complaints of the period.", required = true)
        double share,

        @Schema(description = "Complaints of the previous period that contain the term.", required = true)
        long previousCount,

        @Schema(description = "count - previousCount.", required = true)
        long change,

        @Schema(
                description = "change / previousCount (0.5: half as many again); null when previousCount is 0.",
                required = true,
                nullable = true)
        Double changeRatio,

        @Schema(description = "The weekday and hour cells with the most of the term's complaints.", required = true)
        List<PatternWeekdayHour> weekdayHours,

        @Schema(
                description = "The locations with the most of the term's complaints (complaints without one left out).",
                required = true)
        List<PatternShare> locations,

        @Schema(description = "The channels with the most of the term's complaints.", required = true)
        List<PatternShare> channels) {}
