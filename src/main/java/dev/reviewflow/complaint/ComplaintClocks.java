package dev.reviewflow.complaint;

import java.time.Instant;

import dev.reviewflow.complaint.api.SlaClocks;

/**
 * The SLA feature's part in the workflow. Implemented by the sla feature, which complaints do not
 * know: complaints say when a step is taken, the SLA policy says when each clock is due.
 * {@link ComplaintLifecycle} says which step starts and which reaches each clock. Called inside
 * the transaction that changes the complaint.
 */
public interface ComplaintClocks {

    /** A new complaint: fixes the policy version its clocks follow and starts those that start on receipt. */
    void received(Complaint c);

    /** After a status change at {@code at}: starts the clocks the step starts and updates whether one is missed. */
    void stepTaken(Complaint c, ComplaintAction action, Instant at);

    /** The clocks as a view of the complaint shows them now. */
    SlaClocks read(Complaint c);
}
