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
        UUID id,
        Channel channel,
        String externalId,
        String sourceUrl,
        String author,

        @Schema(description = "Private contact details; present only for callers with the pii:read scope.")
        CustomerContact customer,

        Integer rating,
        String title,
        String body,
        String language,
        Instant postedAt,
        List<String> tags,
        Priority priority,
        String assignee,
        String location,
        ComplaintStatus status,
        Instant receivedAt,
        Instant acknowledgedAt,
        Instant movedToPrivateAt,

        @Schema(description = "Where the conversation continued when it moved to private.")
        PrivateChannel privateChannel,

        Instant resolvedAt,
        Resolution resolution,

        @Schema(
                description =
                        "When the customer was erased on request: contact details, handle and source URL wiped, their values replaced in all text.")
        Instant customerErasedAt,

        @Schema(description = "Increases with every change; the ETag is this number in quotes.")
        long version) {

    /**
     * The complaint as the caller may see it: the customer's contact details only with
     * {@code pii:read}.
     */
    public static ComplaintView of(Complaint c, boolean includeCustomer) {
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
                c.customerErasedAt,
                c.version);
    }
}
