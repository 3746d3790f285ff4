package dev.reviewflow.sla;

import java.time.Instant;
import java.util.Objects;

import dev.reviewflow.complaint.ClockStatus;

/**
 * Where one SLA clock stands: a pure function of its due time, when its step was reached, when
 * the complaint was resolved, the time now and whether the calendar counts now.
 *
 * <ul>
 *   <li>reached: {@code met} at or before the due time, {@code missed} after it;
 *   <li>resolved before the step was reached: {@code missed} if the due time had passed by then,
 *       else {@code paused} (nothing counts after resolution);
 *   <li>otherwise {@code missed} once the due time has come, {@code paused} while the calendar is
 *       closed, {@code running} while it is open.
 * </ul>
 */
public final class ClockRule {

    private ClockRule() {}

    /**
     * @param reachedAt when the clock's step was reached, or null
     * @param resolvedAt when the complaint was resolved, or null while it is open
     * @param calendarOpen whether the workspace's calendar counts at {@code now}
     */
    public static ClockStatus status(
            Instant dueAt, Instant reachedAt, Instant resolvedAt, Instant now, boolean calendarOpen) {
        Objects.requireNonNull(dueAt, "a clock without a due time has no status");
        if (reachedAt != null) {
            return reachedAt.isAfter(dueAt) ? ClockStatus.MISSED : ClockStatus.MET;
        }
        if (resolvedAt != null) {
            return resolvedAt.isBefore(dueAt) ? ClockStatus.PAUSED : ClockStatus.MISSED;
        }
        if (!now.isBefore(dueAt)) {
            return ClockStatus.MISSED;
        }
        return calendarOpen ? ClockStatus.RUNNING : ClockStatus.PAUSED;
    }

    /** Whether the clock is {@code missed} at {@code now}, which the calendar has no say in. */
    public static boolean isMissed(Instant dueAt, Instant reachedAt, Instant resolvedAt, Instant now) {
        return status(dueAt, reachedAt, resolvedAt, now, true) == ClockStatus.MISSED;
    }
}
