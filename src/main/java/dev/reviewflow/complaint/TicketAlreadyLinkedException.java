package dev.reviewflow.complaint;

import java.util.List;

import dev.reviewflow.common.error.DomainException;
import dev.reviewflow.common.error.FieldViolation;
import dev.reviewflow.common.error.Problem;
import dev.reviewflow.common.error.ProblemType;

/** The ticket is already linked to another complaint of the workspace (409). */
public class TicketAlreadyLinkedException extends DomainException {

    private static final ProblemType TICKET_ALREADY_LINKED =
            new ProblemType("ticket-already-linked", "The ticket is linked to another complaint", 409);

    public TicketAlreadyLinkedException() {
        super("This ticket is already linked to another complaint: unlink it there first.");
    }

    @Override
    public Problem problem() {
        return Problem.of(TICKET_ALREADY_LINKED, getMessage())
                .withErrors(List.of(new FieldViolation("ticketId", "is linked to another complaint")));
    }
}
