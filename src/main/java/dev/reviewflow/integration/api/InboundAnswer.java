package dev.reviewflow.integration.api;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InboundEventResult", description = "What an inbound help-desk event did.")
public record InboundAnswer(
        @Schema(required = true) Result result,

        @Schema(description = "The complaint linked to the event's ticket.", required = true, nullable = true)
        UUID complaintId,

        @Schema(description = "What changed, in order: reply-posted, resolved, reopened.", required = true)
        List<String> actions,

        @Schema(required = true) String detail) {

    public enum Result {
        /** The complaint changed. */
        @JsonProperty("applied")
        APPLIED,
        /** Nothing to do: no linked complaint, or nothing the complaint needs. */
        @JsonProperty("ignored")
        IGNORED
    }
}
