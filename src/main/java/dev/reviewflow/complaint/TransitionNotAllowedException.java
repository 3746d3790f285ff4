package dev.reviewflow.complaint;

import java.util.List;
import java.util.Set;

import dev.reviewflow.common.error.DomainException;
import dev.reviewflow.common.error.Problem;
import dev.reviewflow.common.error.ProblemType;
import dev.reviewflow.common.json.JsonEnums;

/** An action the lifecycle refuses in the complaint's current status (409). */
public class TransitionNotAllowedException extends DomainException {

    private static final ProblemType INVALID_TRANSITION =
            new ProblemType("invalid-transition", "Action not allowed in the current status", 409);

    private final ComplaintStatus current;
    private final Set<ComplaintAction> allowed;

    public TransitionNotAllowedException(ComplaintStatus current, Set<ComplaintAction> allowed, String detail) {
        super(detail);
        this.current = current;
        this.allowed = Set.copyOf(allowed);
    }

    public ComplaintStatus current() {
        return current;
    }

    public Set<ComplaintAction> allowed() {
        return allowed;
    }

    @Override
    public Problem problem() {
        List<String> allowedNames =
                allowed.stream().sorted().map(JsonEnums::wireName).toList();
        return Problem.of(INVALID_TRANSITION, getMessage())
                .with("currentStatus", JsonEnums.wireName(current))
                .with("allowedActions", allowedNames);
    }
}
