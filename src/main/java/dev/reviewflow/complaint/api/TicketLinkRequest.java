package dev.reviewflow.complaint.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.common.validation.ValidText;
import dev.reviewflow.complaint.TicketSystem;

public record TicketLinkRequest(
        @NotNull TicketSystem system,

        @NotBlank
        @ValidText(max = TicketLinkRequest.TICKET_ID_MAX)
        @Schema(
                description =
                        "The ticket's id in the help-desk (Zammad: the ticket id, not its number; Chatwoot: the conversation id).",
                examples = "4711")
        String ticketId,

        @ValidText(max = TicketLinkRequest.URL_MAX)
        @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
        @Schema(description = "Where people open the ticket.", examples = "https://help.example.com/#ticket/zoom/4711")
        String url) {

    public static final int TICKET_ID_MAX = 200;
    public static final int URL_MAX = 2000;
}
