package dev.reviewflow.complaint.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.complaint.TicketSystem;

@Schema(name = "Ticket", description = "The help-desk ticket the complaint is worked on in.")
public record TicketView(
        @Schema(required = true) TicketSystem system,
        @Schema(required = true) String ticketId,
        @Schema(required = true, nullable = true) String url) {}
