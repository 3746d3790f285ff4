package dev.reviewflow.reply.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.common.validation.ValidText;
import dev.reviewflow.complaint.Channel;
import dev.reviewflow.complaint.ComplaintFields;

@Schema(description = "A draft public reply to check without saving it.")
public record ReplyCheckRequest(
        @NotBlank @ValidText(max = ComplaintFields.REPLY_MAX)
        String body,

        @Schema(
                description =
                        "Check against this complaint: its channel's length limit and its customer's name and contacts.",
                nullable = true)
        UUID complaintId,

        @Schema(
                description = "Check against this channel's length limit (ignored when complaintId is given).",
                nullable = true)
        Channel channel) {}
