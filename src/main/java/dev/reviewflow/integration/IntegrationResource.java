package dev.reviewflow.integration;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.reviewflow.common.error.NotFoundException;
import dev.reviewflow.common.json.JsonEnums;
import dev.reviewflow.integration.api.IntegrationSettings;
import dev.reviewflow.integration.api.IntegrationView;
import dev.reviewflow.security.Scope;

@Path("/v1/integrations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "integrations", description = "Help-desks that send their events back: settings, secrets, inbound events.")
public class IntegrationResource {

    private final IntegrationService service;

    IntegrationResource(IntegrationService service) {
        this.service = service;
    }

    @RolesAllowed(Scope.Names.ADMIN)
    @GET
    @Operation(
            operationId = "listIntegrations",
            summary = "The workspace's help-desk integrations (secrets never shown)")
    public List<IntegrationView> list(@Context UriInfo uri) {
        return service.list(uri.getBaseUri());
    }

    @RolesAllowed(Scope.Names.ADMIN)
    @PUT
    @Path("{system}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "saveIntegration",
            summary = "Set up or change a help-desk integration (zammad, chatwoot, generic)",
            description = "The first call creates it: the answer shows the secret to give the help-desk, once"
                    + " (Chatwoot: unless its own secret is given). eventsUrl is the URL to paste into the help-desk.")
    @APIResponse(
            responseCode = "201",
            description = "Created; secret shows the new secret.",
            content = @Content(schema = @Schema(implementation = IntegrationView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Changed.",
            content = @Content(schema = @Schema(implementation = IntegrationView.class)))
    public RestResponse<IntegrationView> save(
            @PathParam("system") String system, @Valid @NotNull IntegrationSettings settings, @Context UriInfo uri) {
        IntegrationService.Saved saved = service.save(helpDesk(system), settings, uri.getBaseUri());
        return RestResponse.ResponseBuilder.<IntegrationView>create(
                        saved.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK)
                .entity(saved.integration())
                .build();
    }

    @RolesAllowed(Scope.Names.ADMIN)
    @POST
    @Path("{system}/secret")
    @Operation(
            operationId = "rotateIntegrationSecret",
            summary = "Replace the secret at once",
            description =
                    "The answer shows the new secret, once; events signed with the old one are refused from now on.")
    public IntegrationView rotateSecret(@PathParam("system") String system, @Context UriInfo uri) {
        return service.rotateSecret(helpDesk(system), uri.getBaseUri());
    }

    static HelpDesk helpDesk(String system) {
        return JsonEnums.parse(HelpDesk.class, system).orElseThrow(() -> new NotFoundException("integration", system));
    }
}
