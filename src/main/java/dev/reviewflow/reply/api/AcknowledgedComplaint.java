package dev.reviewflow.reply.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.complaint.api.ComplaintView;
import dev.reviewflow.reply.guard.Finding;

/** The acknowledged complaint, with the guard's warnings on the reply that answered it. */
@Schema(name = "AcknowledgedComplaint", description = "The complaint after its first public answer.")
public record AcknowledgedComplaint(
        @JsonUnwrapped ComplaintView complaint,

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Schema(description = "Reply-guard warnings on the reply that answered it; the reply was stored.")
        List<Finding> warnings) {}
