package dev.reviewflow.sla.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "When SLA time counts: around the clock, or the open hours of each weekday in a time zone,"
                + " less holidays.")
public record SlaCalendar(
        @NotNull @Schema(required = true, description = "true: every hour counts, and the other members stay empty.")
        Boolean aroundTheClock,

        @Schema(
                description = "IANA time zone of the open hours and holidays.",
                examples = "Europe/Bucharest",
                nullable = true)
        String timeZone,

        @Size(max = SlaCalendar.MAX_INTERVALS)
        @Schema(description = "Open intervals; at least one unless aroundTheClock.", nullable = true)
        List<@NotNull @Valid OpenInterval> weeklyHours,

        @Size(max = SlaCalendar.MAX_HOLIDAYS)
        @Schema(
                description = "Dates (YYYY-MM-DD) on which nothing counts.",
                examples = "[\"2026-12-25\"]",
                nullable = true)
        List<@NotNull String> holidays) {

    public static final int MAX_INTERVALS = 70;
    public static final int MAX_HOLIDAYS = 500;
}
