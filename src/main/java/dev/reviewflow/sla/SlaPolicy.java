package dev.reviewflow.sla;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import dev.reviewflow.complaint.Channel;
import dev.reviewflow.complaint.Priority;
import dev.reviewflow.complaint.SlaClock;

/**
 * A workspace's SLA policy as the clocks use it: targets per clock, overrides per priority and per
 * channel, and the calendar the targets count in.
 */
record SlaPolicy(
        Map<SlaClock, Duration> targets,
        Map<Priority, Map<SlaClock, Duration>> byPriority,
        Map<Channel, Map<SlaClock, Duration>> byChannel,
        BusinessCalendar calendar) {

    /**
     * How long the clock may run for a complaint of this priority and channel; null: no clock. An
     * override replaces the default target; of a priority and a channel override, the shorter counts.
     */
    Duration target(SlaClock clock, Priority priority, Channel channel) {
        return Stream.of(byPriority.get(priority), byChannel.get(channel))
                .filter(Objects::nonNull)
                .map(targets -> targets.get(clock))
                .filter(Objects::nonNull)
                .min(Duration::compareTo)
                .orElse(targets.get(clock));
    }
}
