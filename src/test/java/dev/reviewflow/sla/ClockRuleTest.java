package dev.reviewflow.sla;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.reviewflow.complaint.ClockStatus;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClockRuleTest {

    private static final Instant DUE = Instant.parse("2026-05-04T10:00:00Z");
    private static final Instant BEFORE = DUE.minusSeconds(60);
    private static final Instant AFTER = DUE.plusSeconds(60);

    @Test
    void aStepReachedByTheDueTimeIsMetWhateverComesLater() {
        assertEquals(ClockStatus.MET, ClockRule.status(DUE, BEFORE, null, AFTER, true));
        assertEquals(ClockStatus.MET, ClockRule.status(DUE, DUE, null, AFTER, false));
        assertEquals(ClockStatus.MET, ClockRule.status(DUE, BEFORE, AFTER, AFTER, true));
    }

    @Test
    void aStepReachedLateIsMissed() {
        assertEquals(ClockStatus.MISSED, ClockRule.status(DUE, AFTER, null, AFTER, true));
    }

    @Test
    void anOpenClockIsMissedFromItsDueTimeOn() {
        assertEquals(ClockStatus.MISSED, ClockRule.status(DUE, null, null, DUE, true));
        assertEquals(ClockStatus.MISSED, ClockRule.status(DUE, null, null, AFTER, false));
    }

    @Test
    void anOpenClockRunsWhileTheCalendarIsOpenAndPausesWhileItIsClosed() {
        assertEquals(ClockStatus.RUNNING, ClockRule.status(DUE, null, null, BEFORE, true));
        assertEquals(ClockStatus.PAUSED, ClockRule.status(DUE, null, null, BEFORE, false));
    }

    @Test
    void resolutionStopsAClockWhoseStepWasNotReached() {
        assertEquals(ClockStatus.PAUSED, ClockRule.status(DUE, null, BEFORE, AFTER, true), "resolved in time");
        assertEquals(ClockStatus.MISSED, ClockRule.status(DUE, null, AFTER, AFTER, true), "resolved after due");
    }
}
