package dev.reviewflow.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.reviewflow.insight.RollupCoverage.Span;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RollupCoverageTest {

    private static final Instant FROM = Instant.parse("2026-01-10T12:00:00Z");
    private static final Instant TO = Instant.parse("2026-01-20T06:00:00Z");

    @Test
    void theWholeDaysBeforeTheFrontierAreRolledAndTheEndsReadFromTheComplaints() {
        RollupCoverage coverage = RollupCoverage.of(FROM, TO, LocalDate.parse("2026-02-01"), List.of());
        assertTrue(coverage.rolled());
        assertEquals(List.of(span(FROM, "2026-01-11T00:00:00Z"), span("2026-01-20T00:00:00Z", TO)), coverage.raw());
    }

    @Test
    void daysFromTheFrontierOnAreReadFromTheComplaints() {
        RollupCoverage coverage = RollupCoverage.of(FROM, TO, LocalDate.parse("2026-01-15"), List.of());
        assertEquals(List.of(span(FROM, "2026-01-11T00:00:00Z"), span("2026-01-15T00:00:00Z", TO)), coverage.raw());
    }

    @Test
    void staleDaysAreReadFromTheComplaintsJoinedWithTheirNeighbours() {
        RollupCoverage coverage = RollupCoverage.of(
                FROM,
                TO,
                LocalDate.parse("2026-02-01"),
                List.of(
                        LocalDate.parse("2026-01-11"),
                        LocalDate.parse("2026-01-14"),
                        LocalDate.parse("2026-01-15"),
                        LocalDate.parse("2026-01-25"),
                        LocalDate.parse("2026-01-05")));
        assertEquals(
                List.of(
                        span(FROM, "2026-01-12T00:00:00Z"),
                        span("2026-01-14T00:00:00Z", "2026-01-16T00:00:00Z"),
                        span("2026-01-20T00:00:00Z", TO)),
                coverage.raw());
    }

    @Test
    void withoutAWholeRolledDayEverythingIsReadFromTheComplaints() {
        assertFalse(RollupCoverage.of(FROM, TO, LocalDate.parse("2026-01-11"), List.of())
                .rolled());
        assertEquals(
                List.of(new Span(FROM, TO)),
                RollupCoverage.of(FROM, TO, LocalDate.parse("2026-01-11"), List.of())
                        .raw());
        RollupCoverage allStale = RollupCoverage.of(
                FROM,
                Instant.parse("2026-01-13T00:00:00Z"),
                LocalDate.parse("2026-02-01"),
                List.of(LocalDate.parse("2026-01-11"), LocalDate.parse("2026-01-12")));
        assertFalse(allStale.rolled());
        assertEquals(List.of(span(FROM, "2026-01-13T00:00:00Z")), allStale.raw());
    }

    @Test
    void aPeriodOfWholeDaysHasNoEnds() {
        RollupCoverage coverage = RollupCoverage.of(
                Instant.parse("2026-01-10T00:00:00Z"),
                Instant.parse("2026-01-20T00:00:00Z"),
                LocalDate.parse("2026-02-01"),
                List.of());
        assertTrue(coverage.rolled());
        assertEquals(List.of(), coverage.raw());
        assertEquals("false", coverage.rawSpans("received_at"));
    }

    private static Span span(Object from, Object to) {
        return new Span(instant(from), instant(to));
    }

    private static Instant instant(Object value) {
        return value instanceof Instant instant ? instant : Instant.parse((String) value);
    }
}
