package dev.reviewflow.feedback.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.common.validation.ValidText;

@Schema(description = "What the customer answered when asked after the resolution.")
public record FeedbackRequest(
        @NotNull
        @Min(FeedbackRequest.SATISFACTION_MIN)
        @Max(FeedbackRequest.SATISFACTION_MAX)
        @Schema(description = "1 (very unhappy) to 5 (excellent).", examples = "4")
        Integer satisfaction,

        @NotNull @Schema(description = "Whether the customer would come back.")
        Boolean wouldReturn,

        @ValidText(max = FeedbackRequest.COMMENT_MAX)
        @Schema(description = "In the customer's words; any language.", nullable = true)
        String comment) {

    public static final int SATISFACTION_MIN = 1;
    /** The answer the insights count as "excellent". */
    public static final int SATISFACTION_MAX = 5;

    public static final int COMMENT_MAX = 2_000;
}
