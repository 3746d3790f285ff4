package dev.reviewflow.common.error;

import java.util.List;

/** A valid request that a rule refuses, whatever state the resource is in. */
public class RuleViolationException extends DomainException {

    private final String field;

    public RuleViolationException(String field, String detail) {
        super(detail);
        this.field = field;
    }

    @Override
    public Problem problem() {
        return Problem.of(StandardProblem.RULE_VIOLATION, getMessage())
                .withErrors(List.of(new FieldViolation(field, getMessage())));
    }
}
