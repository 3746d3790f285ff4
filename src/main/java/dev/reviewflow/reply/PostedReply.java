package dev.reviewflow.reply;

import dev.reviewflow.reply.api.ReplyView;

/** A stored reply and the version (ETag) of its complaint after it. */
public record PostedReply(ReplyView reply, long complaintVersion) {}
