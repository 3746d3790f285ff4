package dev.reviewflow.integration;

import dev.reviewflow.complaint.Outcome;
import dev.reviewflow.complaint.TicketSystem;

/**
 * What one inbound event asks of the complaint linked to its ticket: an agent's public comment to
 * post, a change of the ticket's state, both (Zammad sends the article and the state of one
 * update together), or nothing ({@link #ignoredBecause} says why).
 *
 * @param key the help-desk's own id of the event, for replays
 */
record HelpDeskEvent(
        String key,
        TicketSystem ticketSystem,
        String ticketId,
        AgentComment comment,
        TicketChange change,
        String ignoredBecause) {

    /** A public comment of an agent: it becomes a public reply, through the reply guard. */
    record AgentComment(String body, String author) {}

    /**
     * The ticket was closed (resolve the complaint with {@code outcome}) or opened again (reopen a
     * resolved complaint), as the help-desk names the state.
     */
    record TicketChange(boolean closes, String state, Outcome outcome) {}

    static HelpDeskEvent ignored(String key, TicketSystem system, String ticketId, String because) {
        return new HelpDeskEvent(key, system, ticketId, null, null, because);
    }

    boolean asksNothing() {
        return comment == null && change == null;
    }
}
