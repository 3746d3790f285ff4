package dev.reviewflow.complaint.api;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.reviewflow.common.error.ValidationException;
import dev.reviewflow.common.http.RequestValues;
import dev.reviewflow.common.json.JsonEnums;
import dev.reviewflow.complaint.Channel;
import dev.reviewflow.complaint.ClockStatus;
import dev.reviewflow.complaint.ComplaintFields;
import dev.reviewflow.complaint.ComplaintFilter;
import dev.reviewflow.complaint.ComplaintStatus;
import dev.reviewflow.complaint.TicketSystem;

/**
 * The list endpoint's query parameters. They bind as strings and are read by {@link #toFilter()},
 * {@link #pageSize()} and {@link #pageCursor()}, so that a bad value gets a 422 naming the
 * parameter where JAX-RS binding would answer 404.
 */
public record ComplaintQuery(
        @Parameter(
                description = "new, acknowledged, moved-to-private or resolved; repeatable.",
                schema = @Schema(type = SchemaType.ARRAY, implementation = ComplaintStatus.class))
        @QueryParam("status")
        List<String> status,

        @Parameter(
                description = "Channel; repeatable.",
                schema = @Schema(type = SchemaType.ARRAY, implementation = Channel.class))
        @QueryParam("channel")
        List<String> channel,

        @Parameter(description = "Complaints carrying this tag (tags are lower-case).") @QueryParam("tag")
        String tag,

        @QueryParam("assignee") String assignee,

        @QueryParam("location") String location,

        @Parameter(
                description = "Only complaints rated at most this many stars (" + ComplaintFields.RATING_MIN + "-"
                        + ComplaintFields.RATING_MAX + ").",
                schema =
                        @Schema(
                                type = SchemaType.INTEGER,
                                minimum = "" + ComplaintFields.RATING_MIN,
                                maximum = "" + ComplaintFields.RATING_MAX))
        @QueryParam("maxRating")
        String maxRating,

        @Parameter(
                description = "Received at or after this RFC 3339 instant.",
                schema = @Schema(type = SchemaType.STRING, format = "date-time"))
        @QueryParam("receivedAfter")
        String receivedAfter,

        @Parameter(
                description = "Received before this RFC 3339 instant.",
                schema = @Schema(type = SchemaType.STRING, format = "date-time"))
        @QueryParam("receivedBefore")
        String receivedBefore,

        @Parameter(description = "Text in title or body; case and accents are ignored.") @QueryParam("q")
        String q,

        @Parameter(description = "The complaint linked to this help-desk ticket id.") @QueryParam("ticket")
        String ticket,

        @Parameter(
                description = "With ticket: only a ticket of this help-desk.",
                schema = @Schema(implementation = TicketSystem.class))
        @QueryParam("ticketSystem")
        String ticketSystem,

        @Parameter(
                description = "missed: complaints with a missed SLA clock, as of their last step or the breach job's"
                        + " last check.",
                schema = @Schema(type = SchemaType.STRING, enumeration = "missed"))
        @QueryParam("slaStatus")
        String slaStatus,

        @Parameter(
                description = "Complaints with an SLA clock due before this RFC 3339 instant whose step is not"
                        + " reached: the ones at risk, and the overdue ones.",
                schema = @Schema(type = SchemaType.STRING, format = "date-time"))
        @QueryParam("dueBefore")
        String dueBefore,

        @Parameter(
                description = "Page size, " + MIN_LIMIT + " to " + MAX_LIMIT + ".",
                schema =
                        @Schema(
                                type = SchemaType.INTEGER,
                                minimum = "" + MIN_LIMIT,
                                maximum = "" + MAX_LIMIT,
                                defaultValue = "" + DEFAULT_LIMIT))
        @QueryParam("limit")
        String limit,

        @Parameter(description = "nextCursor of the previous page.") @QueryParam("cursor")
        String cursor) {

    public static final int MIN_LIMIT = 1;
    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;

    /** The filters; the first bad parameter, in the order they are declared, fails with a 422 naming it. */
    public ComplaintFilter toFilter() {
        return new ComplaintFilter(
                status.stream()
                        .map(s -> JsonEnums.parseParameter(ComplaintStatus.class, "status", s))
                        .toList(),
                channel.stream()
                        .map(c -> JsonEnums.parseParameter(Channel.class, "channel", c))
                        .toList(),
                tag == null || tag.isBlank() ? null : ComplaintFields.normaliseTag(tag),
                RequestValues.blankToNull(assignee),
                RequestValues.blankToNull(location),
                RequestValues.optionalInteger(
                        "maxRating", maxRating, ComplaintFields.RATING_MIN, ComplaintFields.RATING_MAX),
                RequestValues.instant("receivedAfter", receivedAfter),
                RequestValues.instant("receivedBefore", receivedBefore),
                RequestValues.blankToNull(q),
                RequestValues.blankToNull(ticket),
                ticketSystem == null || ticketSystem.isBlank()
                        ? null
                        : JsonEnums.parseParameter(TicketSystem.class, "ticketSystem", ticketSystem),
                parseSlaStatus(),
                RequestValues.instant("dueBefore", dueBefore));
    }

    private ClockStatus parseSlaStatus() {
        if (slaStatus == null || slaStatus.isBlank()) {
            return null;
        }
        if (!slaStatus.trim().equals(JsonEnums.wireName(ClockStatus.MISSED))) {
            throw ValidationException.of("slaStatus", "must be missed, not \"" + slaStatus + "\"");
        }
        return ClockStatus.MISSED;
    }

    public int pageSize() {
        return RequestValues.integer("limit", limit, DEFAULT_LIMIT, MIN_LIMIT, MAX_LIMIT);
    }

    /** The cursor to continue after, or null for the first page. */
    public String pageCursor() {
        return RequestValues.blankToNull(cursor);
    }
}
