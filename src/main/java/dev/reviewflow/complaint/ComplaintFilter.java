package dev.reviewflow.complaint;

import java.time.Instant;
import java.util.List;

/** The list filters; null or empty means "no filter". */
public record ComplaintFilter(
        List<ComplaintStatus> statuses,
        List<Channel> channels,
        String tag,
        String assignee,
        String location,
        Integer maxRating,
        Instant receivedAfter,
        Instant receivedBefore,
        String text,
        String ticketId,
        TicketSystem ticketSystem,
        ClockStatus slaStatus,
        Instant dueBefore) {}
