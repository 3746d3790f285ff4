package dev.reviewflow.reply.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.reply.Reply;
import dev.reviewflow.reply.ReplyVisibility;
import dev.reviewflow.reply.guard.Finding;

@Schema(name = "Reply")
public record ReplyView(
        UUID id,
        UUID complaintId,
        ReplyVisibility visibility,
        String body,
        String author,

        @Schema(description = "Reply-guard warnings (public replies only); refused replies are never stored.")
        List<Finding> findings,

        Instant createdAt) {

    public static ReplyView of(Reply reply) {
        return new ReplyView(
                reply.id,
                reply.complaintId,
                reply.visibility,
                reply.body,
                reply.author,
                reply.findings == null ? List.of() : reply.findings,
                reply.createdAt);
    }
}
