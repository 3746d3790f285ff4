package dev.reviewflow.integration;

import dev.reviewflow.common.error.DomainException;
import dev.reviewflow.common.error.Problem;
import dev.reviewflow.common.error.StandardProblem;

/**
 * An inbound event that is not signed by the workspace's active integration: unknown workspace,
 * no or inactive integration, missing or wrong signature all look the same (401).
 */
class InboundSignatureException extends DomainException {

    static final String CHALLENGE = "Signature realm=\"reviewflow-integrations\"";

    InboundSignatureException() {
        super("The event's signature does not verify.");
    }

    @Override
    public Problem problem() {
        return Problem.of(StandardProblem.UNAUTHENTICATED, getMessage());
    }
}
