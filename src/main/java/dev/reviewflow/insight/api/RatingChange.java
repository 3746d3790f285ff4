package dev.reviewflow.insight.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "Ratings the customer changed after the resolution (an edit of the source post): how many,"
                + " and the average of new minus at-resolution.")
public record RatingChange(
        @Schema(required = true) long count,

        @Schema(description = "In stars; positive: rated up.", required = true, nullable = true)
        Double averageChange) {}
