package dev.reviewflow.common.error;

/**
 * Base of every expected failure. It knows its problem body but nothing of HTTP frameworks;
 * {@link ProblemMapper} is the one place that turns it into a response.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String detail) {
        super(detail, null, false, false);
    }

    public abstract Problem problem();
}
