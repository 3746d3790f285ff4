package dev.reviewflow.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a workspace counts SLA time: around the clock, or the open hours of each weekday in a time
 * zone, less holidays (whole local dates). Open hours are local wall-clock times, so a day with a
 * DST change is as long in real time as its hours are: an interval that spans the spring gap is an
 * hour shorter, one that spans the autumn overlap an hour longer. A local time that does not exist
 * (in the gap) moves forward by the gap; one that exists twice (in the overlap) is its first
 * occurrence. Plain Java, unit-tested without the service.
 */
public final class BusinessCalendar {

    /**
     * How far ahead {@link #addBusinessTime} looks for open time. Policies keep each target below
     * ten years of the calendar's weekly open time (see {@link #weeklyOpenTime}), and at most a few
     * hundred holidays, so a valid policy never gets there.
     */
    static final int MAX_DAYS_SEARCHED = 366 * 20;

    /**
     * One open interval of a weekday in local time, {@code from} inclusive, {@code to} exclusive.
     * {@code to} = 00:00 stands for the end of the day (24:00): it can never be an interval's end
     * otherwise, since that must come after {@code from}.
     */
    public record OpenHours(DayOfWeek day, LocalTime from, LocalTime to) {

        public OpenHours {
            if (!endsAtMidnight(to) && !from.isBefore(to)) {
                throw new IllegalArgumentException("open hours must end after they start: " + from + "-" + to);
            }
        }

        boolean endsAtMidnight() {
            return endsAtMidnight(to);
        }

        private static boolean endsAtMidnight(LocalTime to) {
            return to.equals(LocalTime.MIDNIGHT);
        }

        Duration length() {
            return endsAtMidnight() ? Duration.between(from, LocalTime.MAX).plusNanos(1) : Duration.between(from, to);
        }
    }

    private record Interval(Instant start, Instant end) {}

    private static final BusinessCalendar AROUND_THE_CLOCK = new BusinessCalendar(null, Map.of(), Set.of());

    private final ZoneId zone;
    private final Map<DayOfWeek, List<OpenHours>> week;
    private final Set<LocalDate> holidays;

    private BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<OpenHours>> week, Set<LocalDate> holidays) {
        this.zone = zone;
        this.week = week;
        this.holidays = holidays;
    }

    public static BusinessCalendar aroundTheClock() {
        return AROUND_THE_CLOCK;
    }

    /**
     * A calendar of open hours.
     *
     * @throws IllegalArgumentException when there are no open hours at all, or two intervals of one
     *     day overlap
     */
    public static BusinessCalendar of(ZoneId zone, List<OpenHours> openHours, Set<LocalDate> holidays) {
        if (openHours.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs open hours on at least one weekday");
        }
        Map<DayOfWeek, List<OpenHours>> week = new EnumMap<>(DayOfWeek.class);
        for (OpenHours hours : openHours) {
            week.computeIfAbsent(hours.day(), day -> new ArrayList<>()).add(hours);
        }
        week.replaceAll((day, hours) -> {
            List<OpenHours> sorted =
                    hours.stream().sorted(Comparator.comparing(OpenHours::from)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                OpenHours previous = sorted.get(i - 1);
                if (previous.endsAtMidnight()
                        || previous.to().isAfter(sorted.get(i).from())) {
                    throw new IllegalArgumentException("open hours of " + day + " overlap");
                }
            }
            return sorted;
        });
        return new BusinessCalendar(zone, Map.copyOf(week), Set.copyOf(holidays));
    }

    public boolean isAroundTheClock() {
        return zone == null;
    }

    /** Open time in one week without holidays (DST ignored): what the policy checks targets against. */
    public Duration weeklyOpenTime() {
        if (isAroundTheClock()) {
            return Duration.ofDays(7);
        }
        return week.values().stream()
                .flatMap(List::stream)
                .map(OpenHours::length)
                .reduce(Duration.ZERO, Duration::plus);
    }

    /** Whether SLA time counts at this instant. */
    public boolean isOpen(Instant at) {
        if (isAroundTheClock()) {
            return true;
        }
        return intervals(LocalDate.ofInstant(at, zone)).stream()
                .anyMatch(interval -> !at.isBefore(interval.start()) && at.isBefore(interval.end()));
    }

    /**
     * The instant at which {@code duration} of open time has passed since {@code start}; counting
     * begins at the next opening when the calendar is closed at {@code start}. When the last of the
     * time runs out exactly at a closing, that closing is the answer.
     *
     * @throws IllegalArgumentException for a negative duration
     * @throws IllegalStateException when the calendar has not that much open time in twenty years
     */
    public Instant addBusinessTime(Instant start, Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("cannot add negative time: " + duration);
        }
        if (isAroundTheClock()) {
            return start.plus(duration);
        }
        Duration remaining = duration;
        LocalDate day = LocalDate.ofInstant(start, zone);
        for (int i = 0; i < MAX_DAYS_SEARCHED; i++, day = day.plusDays(1)) {
            for (Interval interval : intervals(day)) {
                Instant from = interval.start().isAfter(start) ? interval.start() : start;
                if (!from.isBefore(interval.end())) {
                    continue;
                }
                Duration available = Duration.between(from, interval.end());
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalStateException(
                "the calendar has not " + duration + " of open time within " + MAX_DAYS_SEARCHED + " days of " + start);
    }

    /** The open time between two instants; negative when {@code to} comes before {@code from}. */
    public Duration businessTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return businessTimeBetween(to, from).negated();
        }
        if (isAroundTheClock()) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (LocalDate day = LocalDate.ofInstant(from, zone); !day.isAfter(last); day = day.plusDays(1)) {
            for (Interval interval : intervals(day)) {
                Instant start = interval.start().isAfter(from) ? interval.start() : from;
                Instant end = interval.end().isBefore(to) ? interval.end() : to;
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** The open intervals of one local date, as instants, in order. */
    private List<Interval> intervals(LocalDate day) {
        if (holidays.contains(day)) {
            return List.of();
        }
        List<Interval> intervals = new ArrayList<>();
        for (OpenHours hours : week.getOrDefault(day.getDayOfWeek(), List.of())) {
            Instant start = ZonedDateTime.of(day, hours.from(), zone).toInstant();
            Instant end = hours.endsAtMidnight()
                    ? day.plusDays(1).atStartOfDay(zone).toInstant()
                    : ZonedDateTime.of(day, hours.to(), zone).toInstant();
            intervals.add(new Interval(start, end));
        }
        return intervals;
    }
}
