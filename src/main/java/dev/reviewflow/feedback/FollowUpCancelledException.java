package dev.reviewflow.feedback;

import dev.reviewflow.common.error.DomainException;
import dev.reviewflow.common.error.Problem;
import dev.reviewflow.common.error.ProblemType;

/** A survey reported sent for a follow-up that a reopen cancelled (409). */
class FollowUpCancelledException extends DomainException {

    private static final ProblemType CANCELLED =
            new ProblemType("follow-up-cancelled", "The follow-up was cancelled", 409);

    FollowUpCancelledException() {
        super("The complaint was reopened after this resolution: its follow-up is cancelled.");
    }

    @Override
    public Problem problem() {
        return Problem.of(CANCELLED, getMessage());
    }
}
