package dev.reviewflow.sla.api;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Open hours on one weekday, in the calendar's time zone: from (inclusive) to (exclusive).")
public record OpenInterval(
        @NotNull
        @Schema(
                required = true,
                enumeration = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
        String day,

        @NotNull @Schema(required = true, description = "HH:MM", examples = "09:00")
        String from,

        @NotNull @Schema(required = true, description = "HH:MM; 24:00 for the end of the day.", examples = "17:00")
        String to) {}
