package dev.reviewflow.reply;

import java.util.List;

import dev.reviewflow.common.error.DomainException;
import dev.reviewflow.common.error.Problem;
import dev.reviewflow.common.error.ProblemType;
import dev.reviewflow.reply.guard.Finding;

/** The guard refused a public reply; nothing was stored. */
public class ReplyRejectedException extends DomainException {

    private static final ProblemType REPLY_REJECTED =
            new ProblemType("reply-rejected", "The public reply was refused by the reply guard", 422);

    private final List<Finding> findings;

    public ReplyRejectedException(List<Finding> findings) {
        super("The reply must not be posted in public as written: see findings. Nothing was stored.");
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }

    @Override
    public Problem problem() {
        return Problem.of(REPLY_REJECTED, getMessage()).with("findings", findings);
    }
}
