package dev.reviewflow.insight.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "One SLA clock over the period's complaints that have it: how often its step was reached by the due"
                        + " time (met), how often not (missed: reached late, or due and not reached); running and paused clocks"
                        + " are in neither.")
public record SlaMetShare(
        @Schema(required = true) long met,
        @Schema(required = true) long missed,

        @Schema(description = "met / (met + missed); null when no clock was decided.", required = true, nullable = true)
        Double metShare) {

    public static SlaMetShare of(long met, long missed) {
        return new SlaMetShare(met, missed, met + missed == 0 ? null : (double) met / (met + missed));
    }
}
