package dev.reviewflow.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.reviewflow.complaint.Complaint;
import dev.reviewflow.complaint.ComplaintAction;
import dev.reviewflow.complaint.ComplaintClocks;
import dev.reviewflow.complaint.ComplaintLifecycle;
import dev.reviewflow.complaint.SlaClock;
import dev.reviewflow.complaint.api.SlaClockState;
import dev.reviewflow.complaint.api.SlaClocks;
import dev.reviewflow.security.Caller;

/**
 * Sets each clock's due time when it starts, from the policy version the complaint was received
 * under and the complaint's priority and channel at that moment, and reads the clocks for views.
 */
@ApplicationScoped
public class SlaComplaintClocks implements ComplaintClocks {

    private final SlaPolicies policies;
    private final Caller caller;
    private final Clock clock;

    SlaComplaintClocks(SlaPolicies policies, Caller caller, Clock clock) {
        this.policies = policies;
        this.caller = caller;
        this.clock = clock;
    }

    @Override
    public void received(Complaint c) {
        SlaPolicies.Version current = policies.current(caller.workspace());
        c.slaPolicyId = current.id();
        start(c, current.policy(), ComplaintLifecycle.clocksStartedOnReceipt(), c.receivedAt);
        c.slaMissed = false;
    }

    @Override
    public void stepTaken(Complaint c, ComplaintAction action, Instant at) {
        Set<SlaClock> starting = ComplaintLifecycle.clocksStartedBy(action);
        if (!starting.isEmpty()) {
            start(c, policyOf(c), starting, at);
        }
        c.slaMissed = Arrays.stream(SlaClock.values())
                .anyMatch(clock -> c.dueAt(clock) != null
                        && ClockRule.isMissed(c.dueAt(clock), c.reachedAt(clock), c.resolvedAt, at));
    }

    @Override
    public SlaClocks read(Complaint c) {
        Instant now = clock.instant();
        boolean anyClock = Arrays.stream(SlaClock.values()).anyMatch(clock -> c.dueAt(clock) != null);
        boolean calendarOpen = !anyClock || policyOf(c).calendar().isOpen(now);
        return new SlaClocks(
                state(c, SlaClock.ACKNOWLEDGEMENT, now, calendarOpen),
                state(c, SlaClock.PRIVATE_CONTACT, now, calendarOpen),
                state(c, SlaClock.RESOLUTION, now, calendarOpen));
    }

    private static SlaClockState state(Complaint c, SlaClock clock, Instant now, boolean calendarOpen) {
        Instant due = c.dueAt(clock);
        if (due == null) {
            return null;
        }
        Instant reached = c.reachedAt(clock);
        return new SlaClockState(due, ClockRule.status(due, reached, c.resolvedAt, now, calendarOpen), reached);
    }

    private static void start(Complaint c, SlaPolicy policy, Set<SlaClock> clocks, Instant at) {
        for (SlaClock clock : clocks) {
            Duration target = policy.target(clock, c.priority, c.channel);
            c.startClock(clock, target == null ? null : policy.calendar().addBusinessTime(at, target));
        }
    }

    private SlaPolicy policyOf(Complaint c) {
        return policies.policy(c.workspaceId, c.slaPolicyId);
    }
}
