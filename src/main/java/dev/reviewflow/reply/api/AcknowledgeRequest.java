package dev.reviewflow.reply.api;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.common.validation.ValidText;
import dev.reviewflow.complaint.ComplaintFields;

@Schema(description = "The first public answer, posted on the complaint's own channel.")
public record AcknowledgeRequest(
        @NotBlank
        @ValidText(max = ComplaintFields.REPLY_MAX)
        @Schema(
                examples =
                        "We are sorry the pizza arrived cold. Please send us a direct message so we can make it right.")
        String reply,

        @NotBlank @ValidText(max = ComplaintFields.REPLY_AUTHOR_MAX) @Schema(examples = "Maria, support team")
        String author) {}
