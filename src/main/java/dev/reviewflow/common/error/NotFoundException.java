package dev.reviewflow.common.error;

/** The addressed resource does not exist. */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, String id) {
        super("No " + what + " with id " + id + ".");
    }

    @Override
    public Problem problem() {
        return Problem.of(StandardProblem.NOT_FOUND, getMessage());
    }
}
