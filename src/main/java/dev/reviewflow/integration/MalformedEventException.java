package dev.reviewflow.integration;

import dev.reviewflow.common.error.DomainException;
import dev.reviewflow.common.error.Problem;
import dev.reviewflow.common.error.StandardProblem;

/** A verified inbound event whose body is not JSON (400). */
class MalformedEventException extends DomainException {

    MalformedEventException() {
        super("The event body is not valid JSON.");
    }

    @Override
    public Problem problem() {
        return Problem.of(StandardProblem.MALFORMED_REQUEST, getMessage());
    }
}
