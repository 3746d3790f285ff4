package dev.reviewflow.reply;

import java.util.List;

import dev.reviewflow.common.error.DomainException;
import dev.reviewflow.common.error.Problem;
import dev.reviewflow.reply.guard.Finding;

/** The guard refused a public reply; nothing was stored. */
public class ReplyRejectedException extends DomainException {

    private final List<Finding> findings;

    public ReplyRejectedException(List<Finding> findings) {
        super("The reply must not be posted in public as written: see findings. Nothing was stored.");
        this.findings = List.copyOf(findings);
    }

    @Override
    public Problem problem() {
        return Problem.of(ReplyProblem.REPLY_REJECTED, getMessage()).with("findings", findings);
    }
}
