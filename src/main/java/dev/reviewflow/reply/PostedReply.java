package dev.reviewflow.reply;

import dev.reviewflow.complaint.api.ComplaintView;
import dev.reviewflow.reply.api.ReplyView;

/** A stored reply and the complaint as it stands after it. */
public record PostedReply(ReplyView reply, ComplaintView complaint) {}
