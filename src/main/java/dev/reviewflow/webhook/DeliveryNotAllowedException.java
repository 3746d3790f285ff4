package dev.reviewflow.webhook;

import dev.reviewflow.common.error.DomainException;
import dev.reviewflow.common.error.Problem;
import dev.reviewflow.common.error.ProblemType;

/** A redelivery of a delivery still pending, or a ping to an inactive subscription (409). */
class DeliveryNotAllowedException extends DomainException {

    private static final ProblemType NOT_NOW = new ProblemType(
            "delivery-not-allowed", "Not allowed in the delivery's or subscription's current state", 409);

    DeliveryNotAllowedException(String detail) {
        super(detail);
    }

    @Override
    public Problem problem() {
        return Problem.of(NOT_NOW, getMessage());
    }
}
