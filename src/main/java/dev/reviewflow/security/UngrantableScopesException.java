package dev.reviewflow.security;

import java.util.List;
import java.util.stream.Collectors;

import dev.reviewflow.common.error.DomainException;
import dev.reviewflow.common.error.FieldViolation;
import dev.reviewflow.common.error.Problem;
import dev.reviewflow.common.error.StandardProblem;
import dev.reviewflow.common.json.JsonEnums;

/** A caller asked for a key with scopes it does not hold itself. */
public class UngrantableScopesException extends DomainException {

    public UngrantableScopesException(List<Scope> scopes) {
        super("These credentials may not grant "
                + scopes.stream().map(JsonEnums::wireName).collect(Collectors.joining(", "))
                + ": a key or token grants only scopes it holds itself.");
    }

    @Override
    public Problem problem() {
        return Problem.of(StandardProblem.FORBIDDEN, getMessage())
                .withErrors(List.of(new FieldViolation("scopes", getMessage())));
    }
}
