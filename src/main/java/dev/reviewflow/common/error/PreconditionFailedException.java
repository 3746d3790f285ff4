package dev.reviewflow.common.error;

/** The client's If-Match names a version that is no longer current. */
public class PreconditionFailedException extends DomainException {

    public PreconditionFailedException(String ifMatch, String currentTag) {
        super("If-Match " + ifMatch + " does not match the current ETag " + currentTag
                + ": read the resource again and retry with the new ETag.");
    }

    @Override
    public Problem problem() {
        return Problem.of(StandardProblem.STALE_PRECONDITION, getMessage());
    }
}
