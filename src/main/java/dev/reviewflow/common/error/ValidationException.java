package dev.reviewflow.common.error;

import java.util.List;

/** Input that is well-formed but invalid, found outside Bean Validation (query parameters, patches). */
public class ValidationException extends DomainException {

    private final List<FieldViolation> violations;

    public ValidationException(List<FieldViolation> violations) {
        super(violations.size() == 1 ? "1 field is invalid." : violations.size() + " fields are invalid.");
        this.violations = List.copyOf(violations);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldViolation(field, message)));
    }

    @Override
    public Problem problem() {
        return Problem.of(StandardProblem.VALIDATION_FAILED, getMessage()).withErrors(violations);
    }
}
