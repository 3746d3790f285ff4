package dev.reviewflow.insight.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The term's complaints received in one hour of one weekday, in the report's time zone.")
public record PatternWeekdayHour(
        @Schema(
                required = true,
                enumeration = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
        String weekday,

        @Schema(description = "0-23: 19 is 19:00 to 19:59.", required = true, minimum = "0", maximum = "23")
        int hour,

        @Schema(required = true) long count,

        @Schema(description = "count against the term's complaints of the period.", required = true)
        double share) {}
