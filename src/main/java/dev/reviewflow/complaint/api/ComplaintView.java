package dev.reviewflow.complaint.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.complaint.Channel;
import dev.reviewflow.complaint.Complaint;
import dev.reviewflow.complaint.ComplaintStatus;
import dev.reviewflow.complaint.Priority;
import dev.reviewflow.complaint.PrivateChannel;

@Schema(name = "Complaint")
public record ComplaintView(
        @Schema(required = true) UUID id,
        @Schema(required = true) Channel channel,
        @Schema(required = true) String externalId,
        @Schema(required = true, nullable = true) String sourceUrl,
        @Schema(required = true) String author,

        @Schema(
                description = "Private contact details; present only for callers with the pii:read scope.",
                required = true,
                nullable = true)
        CustomerContact customer,

        @Schema(required = true, nullable = true) Integer rating,
        @Schema(required = true, nullable = true) String title,
        @Schema(required = true) String body,
        @Schema(required = true, nullable = true) String language,
        @Schema(required = true, nullable = true) Instant postedAt,
        @Schema(required = true) List<String> tags,
        @Schema(required = true) Priority priority,
        @Schema(required = true, nullable = true) String assignee,
        @Schema(required = true, nullable = true) String location,
        @Schema(required = true) ComplaintStatus status,
        @Schema(required = true) Instant receivedAt,
        @Schema(required = true, nullable = true) Instant acknowledgedAt,
        @Schema(required = true, nullable = true) Instant movedToPrivateAt,

        @Schema(
                description = "Where the conversation continued when it moved to private.",
                required = true,
                nullable = true)
        PrivateChannel privateChannel,

        @Schema(required = true, nullable = true) Instant resolvedAt,
        @Schema(required = true, nullable = true) Resolution resolution,

        @Schema(
                description = "The rating when the complaint was resolved; rating is the current one, so a"
                        + " customer's edit after the resolution shows as the difference.",
                required = true,
                nullable = true)
        Integer ratingAtResolution,

        @Schema(description = "The customer's latest answer after a resolution.", required = true, nullable = true)
        CustomerFeedback feedback,

        @Schema(
                description =
                        "When the customer was erased on request: contact details, handle and source URL wiped, their values replaced in all text.",
                required = true,
                nullable = true)
        Instant customerErasedAt,

        @Schema(required = true, nullable = true) TicketView ticket,
        @Schema(required = true) SlaClocks sla,

        @Schema(description = "Increases with every change; the ETag is this number in quotes.", required = true)
        long version) {

    /**
     * The complaint as the caller may see it: the customer's contact details only with
     * {@code pii:read}.
     */
    public static ComplaintView of(Complaint c, boolean includeCustomer, SlaClocks sla) {
        CustomerContact customer = !includeCustomer || c.customer == null || c.customer.isEmpty()
                ? null
                : new CustomerContact(c.customer.name, c.customer.email, c.customer.phone);
        Resolution resolution =
                c.resolutionOutcome == null ? null : new Resolution(c.resolutionOutcome, c.resolutionSummary);
        return new ComplaintView(
                c.id,
                c.channel,
                c.externalId,
                c.sourceUrl,
                c.author,
                customer,
                c.rating,
                c.title,
                c.body,
                c.language,
                c.postedAt,
                List.copyOf(c.tags),
                c.priority,
                c.assignee,
                c.location,
                c.status(),
                c.receivedAt,
                c.acknowledgedAt,
                c.movedToPrivateAt,
                c.privateChannel,
                c.resolvedAt,
                resolution,
                c.ratingAtResolution,
                CustomerFeedback.of(c.feedback),
                c.customerErasedAt,
                c.ticketId == null ? null : new TicketView(c.ticketSystem, c.ticketId, c.ticketUrl),
                sla,
                c.version);
    }
}
