package dev.reviewflow.sla;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import dev.reviewflow.common.error.FieldViolation;
import dev.reviewflow.common.error.ValidationException;
import dev.reviewflow.complaint.Channel;
import dev.reviewflow.complaint.Priority;
import dev.reviewflow.complaint.SlaClock;
import dev.reviewflow.sla.api.ChannelOverride;
import dev.reviewflow.sla.api.OpenInterval;
import dev.reviewflow.sla.api.PriorityOverride;
import dev.reviewflow.sla.api.SlaCalendar;
import dev.reviewflow.sla.api.SlaPolicyRequest;
import dev.reviewflow.sla.api.SlaTargets;

/**
 * Reads a policy as the API states it, naming every invalid field at once, and keeps it in one
 * normal form (empty lists rather than null, holidays sorted) for storing and showing.
 */
final class SlaPolicyRules {

    /** The built-in policy of every workspace that has not set one: the research's advice. */
    static final SlaPolicyRequest DEFAULT = new SlaPolicyRequest(
            new SlaTargets("PT1H", null, null),
            List.of(),
            List.of(),
            new SlaCalendar(true, null, List.of(), List.of()));

    /**
     * A target may be at most this many weeks of the calendar's open time, so that due times stay
     * within what {@link BusinessCalendar#addBusinessTime} searches.
     */
    static final int MAX_TARGET_WEEKS = 520;

    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d|24:00");

    private SlaPolicyRules() {}

    /** The policy in its normal form, or a 422 naming each invalid field. */
    static SlaPolicyRequest normalise(SlaPolicyRequest request) {
        parse(request);
        SlaCalendar calendar = request.calendar();
        return new SlaPolicyRequest(
                request.targets(),
                orEmpty(request.priorityOverrides()),
                orEmpty(request.channelOverrides()),
                new SlaCalendar(
                        calendar.aroundTheClock(),
                        calendar.aroundTheClock() ? null : calendar.timeZone().strip(),
                        orEmpty(calendar.weeklyHours()),
                        List.copyOf(new TreeSet<>(orEmpty(calendar.holidays())))));
    }

    /** The policy the clocks use, or a 422 naming each invalid field. */
    static SlaPolicy parse(SlaPolicyRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        BusinessCalendar calendar = calendar(request.calendar(), violations);
        Duration longest = calendar == null
                ? Duration.ofDays(7).multipliedBy(MAX_TARGET_WEEKS)
                : calendar.weeklyOpenTime().multipliedBy(MAX_TARGET_WEEKS);
        Map<SlaClock, Duration> targets = targets("targets", request.targets(), longest, violations);
        Map<Priority, Map<SlaClock, Duration>> byPriority = new EnumMap<>(Priority.class);
        List<PriorityOverride> priorityOverrides = orEmpty(request.priorityOverrides());
        for (int i = 0; i < priorityOverrides.size(); i++) {
            PriorityOverride override = priorityOverrides.get(i);
            String field = "priorityOverrides[" + i + "]";
            if (byPriority.containsKey(override.priority())) {
                violations.add(new FieldViolation(field + ".priority", "is overridden twice"));
            }
            byPriority.put(override.priority(), targets(field + ".targets", override.targets(), longest, violations));
        }
        Map<Channel, Map<SlaClock, Duration>> byChannel = new EnumMap<>(Channel.class);
        List<ChannelOverride> channelOverrides = orEmpty(request.channelOverrides());
        for (int i = 0; i < channelOverrides.size(); i++) {
            ChannelOverride override = channelOverrides.get(i);
            String field = "channelOverrides[" + i + "]";
            if (byChannel.containsKey(override.channel())) {
                violations.add(new FieldViolation(field + ".channel", "is overridden twice"));
            }
            byChannel.put(override.channel(), targets(field + ".targets", override.targets(), longest, violations));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new SlaPolicy(targets, byPriority, byChannel, calendar);
    }

    private static Map<SlaClock, Duration> targets(
            String field, SlaTargets targets, Duration longest, List<FieldViolation> violations) {
        Map<SlaClock, Duration> parsed = new EnumMap<>(SlaClock.class);
        target(field + ".acknowledgement", targets.acknowledgement(), longest, violations)
                .ifPresent(d -> parsed.put(SlaClock.ACKNOWLEDGEMENT, d));
        target(field + ".privateContact", targets.privateContact(), longest, violations)
                .ifPresent(d -> parsed.put(SlaClock.PRIVATE_CONTACT, d));
        target(field + ".resolution", targets.resolution(), longest, violations)
                .ifPresent(d -> parsed.put(SlaClock.RESOLUTION, d));
        return parsed;
    }

    private static Optional<Duration> target(
            String field, String value, Duration longest, List<FieldViolation> violations) {
        if (value == null) {
            return Optional.empty();
        }
        Duration duration;
        try {
            duration = Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "must be an ISO 8601 duration such as PT1H, PT30M or P2D"));
            return Optional.empty();
        }
        if (duration.isNegative() || duration.isZero()) {
            violations.add(new FieldViolation(field, "must be longer than zero"));
        } else if (duration.compareTo(longest) > 0) {
            violations.add(new FieldViolation(
                    field,
                    "must be at most " + MAX_TARGET_WEEKS + " weeks of the calendar's open time (" + longest + ")"));
        }
        return Optional.of(duration);
    }

    /** The calendar, or null when it is invalid (its violations added). */
    private static BusinessCalendar calendar(SlaCalendar calendar, List<FieldViolation> violations) {
        List<OpenInterval> weeklyHours = orEmpty(calendar.weeklyHours());
        List<String> holidayValues = orEmpty(calendar.holidays());
        if (calendar.aroundTheClock()) {
            int before = violations.size();
            if (calendar.timeZone() != null) {
                violations.add(new FieldViolation("calendar.timeZone", "must be absent when aroundTheClock is true"));
            }
            if (!weeklyHours.isEmpty()) {
                violations.add(new FieldViolation("calendar.weeklyHours", "must be empty when aroundTheClock is true"));
            }
            if (!holidayValues.isEmpty()) {
                violations.add(new FieldViolation("calendar.holidays", "must be empty when aroundTheClock is true"));
            }
            return violations.size() == before ? BusinessCalendar.aroundTheClock() : null;
        }
        int before = violations.size();
        ZoneId zone = zone(calendar.timeZone(), violations);
        List<BusinessCalendar.OpenHours> hours = new ArrayList<>();
        if (weeklyHours.isEmpty()) {
            violations.add(new FieldViolation(
                    "calendar.weeklyHours", "needs at least one open interval unless aroundTheClock is true"));
        }
        for (int i = 0; i < weeklyHours.size(); i++) {
            openHours("calendar.weeklyHours[" + i + "]", weeklyHours.get(i), violations)
                    .ifPresent(hours::add);
        }
        Set<LocalDate> holidays = new HashSet<>();
        for (int i = 0; i < holidayValues.size(); i++) {
            try {
                holidays.add(LocalDate.parse(holidayValues.get(i).strip()));
            } catch (DateTimeParseException e) {
                violations.add(new FieldViolation("calendar.holidays[" + i + "]", "must be a date such as 2026-12-25"));
            }
        }
        if (violations.size() > before) {
            return null;
        }
        try {
            return BusinessCalendar.of(zone, hours, holidays);
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation("calendar.weeklyHours", "must not overlap: " + e.getMessage()));
            return null;
        }
    }

    private static ZoneId zone(String timeZone, List<FieldViolation> violations) {
        if (timeZone == null || timeZone.isBlank()) {
            violations.add(new FieldViolation("calendar.timeZone", "is needed unless aroundTheClock is true"));
            return null;
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            violations.add(
                    new FieldViolation("calendar.timeZone", "must be an IANA time zone such as Europe/Bucharest"));
            return null;
        }
    }

    private static Optional<BusinessCalendar.OpenHours> openHours(
            String field, OpenInterval interval, List<FieldViolation> violations) {
        DayOfWeek day = null;
        try {
            day = DayOfWeek.valueOf(interval.day().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation(field + ".day", "must be a weekday such as monday"));
        }
        LocalTime from = time(field + ".from", interval.from(), false, violations);
        LocalTime to = time(field + ".to", interval.to(), true, violations);
        if (day == null || from == null || to == null) {
            return Optional.empty();
        }
        if (!to.equals(LocalTime.MIDNIGHT) && !from.isBefore(to)) {
            violations.add(new FieldViolation(field + ".to", "must come after from"));
            return Optional.empty();
        }
        return Optional.of(new BusinessCalendar.OpenHours(day, from, to));
    }

    /** HH:MM; 24:00 (the end of the day, kept as 00:00) only where an interval ends. */
    private static LocalTime time(String field, String value, boolean end, List<FieldViolation> violations) {
        String time = value.strip();
        if (end && time.equals("00:00")) {
            violations.add(new FieldViolation(field, "must be 24:00 for the end of the day"));
            return null;
        }
        if (!TIME.matcher(time).matches() || (!end && time.equals("24:00"))) {
            violations.add(new FieldViolation(
                    field, end ? "must be HH:MM, or 24:00 for the end of the day" : "must be HH:MM"));
            return null;
        }
        return time.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(time);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
