package dev.reviewflow.feedback;

import dev.reviewflow.common.error.DomainException;
import dev.reviewflow.common.error.Problem;
import dev.reviewflow.common.error.ProblemType;

/** Feedback on a complaint that is not resolved (409): an answer belongs to a resolution. */
class NotResolvedException extends DomainException {

    private static final ProblemType NOT_RESOLVED =
            new ProblemType("not-resolved", "The complaint is not resolved", 409);

    NotResolvedException() {
        super("Feedback answers a resolution: this complaint is not resolved (any more).");
    }

    @Override
    public Problem problem() {
        return Problem.of(NOT_RESOLVED, getMessage());
    }
}
