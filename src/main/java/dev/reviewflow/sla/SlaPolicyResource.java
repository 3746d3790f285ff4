package dev.reviewflow.sla;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.reviewflow.security.Scope;
import dev.reviewflow.sla.api.SlaPolicyRequest;
import dev.reviewflow.sla.api.SlaPolicyView;

@Path("/v1/workspaces/{ws}/sla-policy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "workspaces")
public class SlaPolicyResource {

    private final SlaPolicyService service;

    SlaPolicyResource(SlaPolicyService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Scope.Names.PLATFORM_ADMIN, Scope.Names.ADMIN})
    @Operation(
            operationId = "getSlaPolicy",
            summary = "The workspace's SLA policy",
            description = "The policy that complaints received now follow; the built-in default (acknowledgement"
                    + " within PT1H, around the clock) until one is set.")
    public SlaPolicyView get(@PathParam("ws") String workspace) {
        return service.get(workspace);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Scope.Names.PLATFORM_ADMIN, Scope.Names.ADMIN})
    @Operation(
            operationId = "putSlaPolicy",
            summary = "Replace the workspace's SLA policy",
            description = "Applies to complaints received from now on (appliesTo says from when); complaints already"
                    + " received keep the policy they were received under, for every clock, also those that start"
                    + " later.")
    public SlaPolicyView replace(@PathParam("ws") String workspace, @Valid @NotNull SlaPolicyRequest request) {
        return service.replace(workspace, request);
    }
}
