package dev.reviewflow.integration;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.reviewflow.common.error.Problem;
import dev.reviewflow.integration.api.InboundAnswer;

/**
 * Help-desks post their events here. They cannot send an API key, so the endpoint admits every
 * caller and {@link InboundService} verifies the help-desk's own signature before anything else.
 */
@Path("/v1/integrations/{system}/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "integrations")
public class InboundResource {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private final InboundService service;

    InboundResource(InboundService service) {
        this.service = service;
    }

    @PermitAll
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(
            operationId = "receiveHelpDeskEvent",
            summary = "An event from a help-desk (zammad, chatwoot, generic)",
            description = "Authenticated by the help-desk's signature with the integration's secret, not by API key:"
                    + " Zammad X-Hub-Signature (HMAC-SHA1), Chatwoot X-Chatwoot-Signature and X-Chatwoot-Timestamp"
                    + " (HMAC-SHA256; an unsigned Chatwoot sends the secret as the token parameter), generic: Standard"
                    + " Webhooks (webhook-id, webhook-timestamp, webhook-signature). Acts on the complaint linked to"
                    + " the event's ticket. A replay of a handled event gets the first answer and changes nothing."
                    + " See README \"Help-desk integration (inbound)\".")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.OBJECT, description = "The help-desk's own payload.")))
    @APIResponse(
            responseCode = "200",
            description = "Applied to the linked complaint.",
            content = @Content(schema = @Schema(implementation = InboundAnswer.class)))
    @APIResponse(
            responseCode = "202",
            description = "Ignored: no linked complaint, or nothing this event changes (so the help-desk stops"
                    + " retrying).",
            content = @Content(schema = @Schema(implementation = InboundAnswer.class)))
    @APIResponse(
            responseCode = "401",
            description = "Unknown workspace, no active integration, or a missing or wrong signature: all alike.",
            headers = @Header(name = "WWW-Authenticate"),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = PROBLEM_REF)))
    @APIResponse(
            responseCode = "409",
            description = "The complaint's lifecycle refuses the change (resolving a complaint never answered);"
                    + " nothing was recorded.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = PROBLEM_REF)))
    public Response receive(
            @PathParam("system") String system,
            @Parameter(description = "The workspace the events are for (part of eventsUrl).", required = true)
                    @QueryParam("workspace")
                    String workspace,
            @Parameter(description = "Chatwoot without signing only: the integration's secret.") @QueryParam("token")
                    String token,
            @Context HttpHeaders headers,
            byte[] body) {
        InboundService.Answer answer = service.receive(system, workspace, token, headers.getRequestHeaders(), body);
        return Response.status(answer.status())
                .type(answer.isProblem() ? Problem.MEDIA_TYPE : MediaType.APPLICATION_JSON)
                .entity(answer.body())
                .build();
    }

    /** A refused signature challenges like every 401 does, naming what authenticates here. */
    @ServerExceptionMapper
    public Response unsigned(InboundSignatureException e, UriInfo uri) {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, InboundSignatureException.CHALLENGE)
                .type(Problem.MEDIA_TYPE)
                .entity(e.problem().withInstance(uri.getPath()))
                .build();
    }
}
