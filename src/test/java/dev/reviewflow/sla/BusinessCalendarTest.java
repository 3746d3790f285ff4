package dev.reviewflow.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.reviewflow.sla.BusinessCalendar.OpenHours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BusinessCalendarTest {

    private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static List<OpenHours> weekdays(String from, String to) {
        List<OpenHours> hours = new ArrayList<>();
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            hours.add(new OpenHours(day, LocalTime.parse(from), LocalTime.parse(to)));
        }
        return hours;
    }

    private static List<OpenHours> everyDay(String from, String to) {
        List<OpenHours> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.add(new OpenHours(day, LocalTime.parse(from), LocalTime.parse(to)));
        }
        return hours;
    }

    private static BusinessCalendar officeHours(ZoneId zone, LocalDate... holidays) {
        return BusinessCalendar.of(zone, weekdays("09:00", "17:00"), Set.of(holidays));
    }

    private static Instant local(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    @Test
    void aroundTheClockCountsRealTime() {
        BusinessCalendar calendar = BusinessCalendar.aroundTheClock();
        // The night Bucharest loses an hour changes nothing around the clock.
        Instant start = Instant.parse("2026-03-28T23:30:00Z");
        assertEquals(Instant.parse("2026-03-29T00:30:00Z"), calendar.addBusinessTime(start, Duration.ofHours(1)));
        assertEquals(Duration.ofDays(400), calendar.businessTimeBetween(start, start.plus(Duration.ofDays(400))));
        assertTrue(calendar.isOpen(start));
        assertTrue(calendar.isAroundTheClock());
        assertEquals(Duration.ofDays(7), calendar.weeklyOpenTime());
    }

    @Test
    void timeCountsInsideOpenHoursOnly() {
        BusinessCalendar calendar = officeHours(BUCHAREST);
        // Monday 2026-05-04.
        assertEquals(
                local("2026-05-04T12:00", BUCHAREST),
                calendar.addBusinessTime(local("2026-05-04T10:00", BUCHAREST), Duration.ofHours(2)));
        assertEquals(
                local("2026-05-04T10:00", BUCHAREST),
                calendar.addBusinessTime(local("2026-05-04T07:00", BUCHAREST), Duration.ofHours(1)),
                "before opening, counting starts at the opening");
        assertEquals(
                local("2026-05-05T09:30", BUCHAREST),
                calendar.addBusinessTime(local("2026-05-04T16:30", BUCHAREST), Duration.ofHours(1)),
                "what does not fit today goes on tomorrow morning");
        assertEquals(
                local("2026-05-04T17:00", BUCHAREST),
                calendar.addBusinessTime(local("2026-05-04T16:00", BUCHAREST), Duration.ofHours(1)),
                "time running out at the closing is due at the closing");
        assertEquals(
                Duration.ofHours(9),
                calendar.businessTimeBetween(
                        local("2026-05-04T08:00", BUCHAREST), local("2026-05-05T10:00", BUCHAREST)));
    }

    @Test
    void weekendsDoNotCount() {
        BusinessCalendar calendar = officeHours(BUCHAREST);
        // Friday 16:00 + 2 h: one hour on Friday, one on Monday.
        assertEquals(
                local("2026-05-11T10:00", BUCHAREST),
                calendar.addBusinessTime(local("2026-05-08T16:00", BUCHAREST), Duration.ofHours(2)));
        assertEquals(
                local("2026-05-11T09:30", BUCHAREST),
                calendar.addBusinessTime(local("2026-05-09T11:00", BUCHAREST), Duration.ofMinutes(30)),
                "a complaint on Saturday counts from Monday's opening");
        assertEquals(
                Duration.ZERO,
                calendar.businessTimeBetween(
                        local("2026-05-08T17:00", BUCHAREST), local("2026-05-11T09:00", BUCHAREST)));
        assertFalse(calendar.isOpen(local("2026-05-09T12:00", BUCHAREST)));
    }

    @Test
    void holidaysDoNotCount() {
        BusinessCalendar calendar =
                officeHours(BUCHAREST, LocalDate.parse("2026-05-11"), LocalDate.parse("2026-12-25"));
        assertEquals(
                local("2026-05-12T10:00", BUCHAREST),
                calendar.addBusinessTime(local("2026-05-08T16:00", BUCHAREST), Duration.ofHours(2)),
                "Monday is a holiday: Friday's hour, then Tuesday's");
        assertFalse(calendar.isOpen(local("2026-12-25T11:00", BUCHAREST)));
        assertTrue(calendar.isOpen(local("2026-12-24T11:00", BUCHAREST)));
        // Thursday 24 to Monday 28 December: Thursday's 8 hours, Friday is the holiday.
        assertEquals(
                Duration.ofHours(8),
                calendar.businessTimeBetween(
                        local("2026-12-24T00:00", BUCHAREST), local("2026-12-28T09:00", BUCHAREST)));
    }

    @Test
    void openingAndClosingInstantsFollowTheZone() {
        BusinessCalendar calendar = officeHours(BUCHAREST);
        assertTrue(calendar.isOpen(local("2026-05-04T09:00", BUCHAREST)), "opening is inclusive");
        assertFalse(calendar.isOpen(local("2026-05-04T17:00", BUCHAREST)), "closing is exclusive");
        // 09:00 in Bucharest in May is 06:00 UTC.
        assertFalse(calendar.isOpen(Instant.parse("2026-05-04T05:59:59Z")));
        assertTrue(calendar.isOpen(Instant.parse("2026-05-04T06:00:00Z")));
    }

    @Test
    void springForwardInBucharestShortensTheNightItFallsIn() {
        // Clocks go from 03:00 to 04:00 on Sunday 2026-03-29: 01:00-06:00 is four hours that night.
        BusinessCalendar nights = BusinessCalendar.of(BUCHAREST, everyDay("01:00", "06:00"), Set.of());
        assertEquals(
                Duration.ofHours(4),
                nights.businessTimeBetween(local("2026-03-29T00:00", BUCHAREST), local("2026-03-30T00:00", BUCHAREST)));
        assertEquals(
                Duration.ofHours(5),
                nights.businessTimeBetween(local("2026-03-28T00:00", BUCHAREST), local("2026-03-29T00:00", BUCHAREST)));
        assertEquals(
                Instant.parse("2026-03-29T03:00:00Z"),
                nights.addBusinessTime(local("2026-03-29T01:00", BUCHAREST), Duration.ofHours(4)),
                "06:00 summer time");
        assertEquals(
                local("2026-03-30T01:30", BUCHAREST),
                nights.addBusinessTime(local("2026-03-29T01:00", BUCHAREST), Duration.ofMinutes(270)));
        // A local time in the gap (03:30) moves forward by the gap: open from 04:30.
        BusinessCalendar fromTheGap = BusinessCalendar.of(
                BUCHAREST,
                List.of(new OpenHours(DayOfWeek.SUNDAY, LocalTime.parse("03:30"), LocalTime.parse("05:00"))),
                Set.of());
        assertEquals(
                Duration.ofMinutes(30),
                fromTheGap.businessTimeBetween(
                        local("2026-03-29T00:00", BUCHAREST), local("2026-03-30T00:00", BUCHAREST)));
    }

    @Test
    void fallBackInBucharestLengthensTheNightItFallsIn() {
        // Clocks go from 04:00 back to 03:00 on Sunday 2026-10-25: 01:00-06:00 is six hours that night.
        BusinessCalendar nights = BusinessCalendar.of(BUCHAREST, everyDay("01:00", "06:00"), Set.of());
        assertEquals(
                Duration.ofHours(6),
                nights.businessTimeBetween(local("2026-10-25T00:00", BUCHAREST), local("2026-10-26T00:00", BUCHAREST)));
        assertEquals(
                Instant.parse("2026-10-25T04:00:00Z"),
                nights.addBusinessTime(local("2026-10-25T01:00", BUCHAREST), Duration.ofHours(6)),
                "06:00 winter time");
        // A whole local day of open hours is 25 hours long that day.
        BusinessCalendar allDay = BusinessCalendar.of(BUCHAREST, everyDay("00:00", "00:00"), Set.of());
        assertEquals(
                Duration.ofHours(25),
                allDay.businessTimeBetween(local("2026-10-25T00:00", BUCHAREST), local("2026-10-26T00:00", BUCHAREST)));
    }

    @Test
    void officeHoursAcrossDstWeekendsInNewYork() {
        BusinessCalendar calendar = officeHours(NEW_YORK);
        // Clocks spring forward on Sunday 2026-03-08: Friday 16:00 EST + 2 h is Monday 10:00 EDT.
        assertEquals(
                Instant.parse("2026-03-09T14:00:00Z"),
                calendar.addBusinessTime(Instant.parse("2026-03-06T21:00:00Z"), Duration.ofHours(2)));
        // And fall back on Sunday 2026-11-01: Friday 16:00 EDT + 2 h is Monday 10:00 EST.
        assertEquals(
                Instant.parse("2026-11-02T15:00:00Z"),
                calendar.addBusinessTime(Instant.parse("2026-10-30T20:00:00Z"), Duration.ofHours(2)));
        assertEquals(
                Duration.ofHours(16),
                calendar.businessTimeBetween(
                        Instant.parse("2026-03-06T00:00:00Z"), Instant.parse("2026-03-10T00:00:00Z")));
    }

    @Test
    void openHoursMayEndAtMidnightAndContinueNextDay() {
        // Saturday 18:00-24:00 and Sunday 00:00-02:00: one stretch across midnight.
        BusinessCalendar lateShift = BusinessCalendar.of(
                BUCHAREST,
                List.of(
                        new OpenHours(DayOfWeek.SATURDAY, LocalTime.parse("18:00"), LocalTime.MIDNIGHT),
                        new OpenHours(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.parse("02:00"))),
                Set.of());
        assertEquals(
                local("2026-05-10T00:30", BUCHAREST),
                lateShift.addBusinessTime(local("2026-05-09T23:30", BUCHAREST), Duration.ofHours(1)));
        assertEquals(
                local("2026-05-10T00:00", BUCHAREST),
                lateShift.addBusinessTime(local("2026-05-09T23:00", BUCHAREST), Duration.ofHours(1)),
                "due at midnight, the end of Saturday's hours");
        assertTrue(lateShift.isOpen(local("2026-05-09T23:59:59", BUCHAREST)));
        assertTrue(lateShift.isOpen(local("2026-05-10T00:00", BUCHAREST)));
        assertFalse(lateShift.isOpen(local("2026-05-10T02:00", BUCHAREST)));
        assertEquals(Duration.ofHours(8), lateShift.weeklyOpenTime());
        // Saturday 18:00 to Sunday 02:00, the next Saturday shift not yet begun.
        assertEquals(
                Duration.ofHours(8),
                lateShift.businessTimeBetween(
                        local("2026-05-09T00:00", BUCHAREST), local("2026-05-16T12:00", BUCHAREST)));
    }

    @Test
    void longSpansAddUpOverAWholeYear() {
        // 2026 has 261 weekdays (it starts and ends on a Thursday): 2,088 office hours, DST or not.
        for (ZoneId zone : List.of(ZoneOffset.UTC, BUCHAREST, NEW_YORK)) {
            BusinessCalendar calendar = officeHours(zone);
            Instant newYear = local("2026-01-01T00:00", zone);
            assertEquals(
                    Duration.ofHours(2088),
                    calendar.businessTimeBetween(newYear, local("2027-01-01T00:00", zone)),
                    zone.toString());
            assertEquals(
                    local("2026-12-31T17:00", zone),
                    calendar.addBusinessTime(newYear, Duration.ofHours(2088)),
                    zone.toString());
        }
    }

    @Test
    void addingAndMeasuringAgreeForRandomStartsAndDurations() {
        BusinessCalendar calendar = BusinessCalendar.of(
                BUCHAREST,
                List.of(
                        new OpenHours(DayOfWeek.MONDAY, LocalTime.parse("08:00"), LocalTime.parse("12:00")),
                        new OpenHours(DayOfWeek.MONDAY, LocalTime.parse("13:00"), LocalTime.MIDNIGHT),
                        new OpenHours(DayOfWeek.SUNDAY, LocalTime.parse("02:30"), LocalTime.parse("03:30")),
                        new OpenHours(DayOfWeek.THURSDAY, LocalTime.MIDNIGHT, LocalTime.parse("06:00"))),
                Set.of(LocalDate.parse("2026-03-30"), LocalDate.parse("2026-10-26")));
        Random random = new Random(11);
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 2_000; i++) {
            Instant start = base.plusSeconds(random.nextLong(366L * 24 * 3600));
            Duration duration = Duration.ofSeconds(1 + random.nextLong(200L * 3600));
            Instant due = calendar.addBusinessTime(start, duration);
            assertEquals(duration, calendar.businessTimeBetween(start, due), "from " + start + " + " + duration);
            assertTrue(calendar.isOpen(due.minusNanos(1)), "due just after open time: " + due);
        }
    }

    @Test
    void measuringBackwardsIsNegative() {
        BusinessCalendar calendar = officeHours(BUCHAREST);
        assertEquals(
                Duration.ofHours(-2),
                calendar.businessTimeBetween(
                        local("2026-05-04T12:00", BUCHAREST), local("2026-05-04T10:00", BUCHAREST)));
    }

    @Test
    void aCalendarWithoutOpenHoursIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.of(BUCHAREST, List.of(), Set.of()));
    }

    @Test
    void overlappingOrBackwardOpenHoursAreRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> BusinessCalendar.of(
                        BUCHAREST,
                        List.of(
                                new OpenHours(DayOfWeek.MONDAY, LocalTime.parse("09:00"), LocalTime.parse("12:00")),
                                new OpenHours(DayOfWeek.MONDAY, LocalTime.parse("11:00"), LocalTime.parse("14:00"))),
                        Set.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new OpenHours(DayOfWeek.MONDAY, LocalTime.parse("12:00"), LocalTime.parse("09:00")));
    }

    @Test
    void negativeTimeCannotBeAdded() {
        assertThrows(IllegalArgumentException.class, () -> officeHours(BUCHAREST)
                .addBusinessTime(Instant.EPOCH, Duration.ofSeconds(-1)));
    }
}
