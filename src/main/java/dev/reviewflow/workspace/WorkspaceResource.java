package dev.reviewflow.workspace;

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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.reviewflow.security.Scope;
import dev.reviewflow.workspace.api.CreateWorkspaceRequest;
import dev.reviewflow.workspace.api.WorkspaceSettings;
import dev.reviewflow.workspace.api.WorkspaceView;

@Path("/v1/workspaces")
@Produces(MediaType.APPLICATION_JSON)
// The API keys' operations (security/ApiKeyResource) share this tag and its description.
@Tag(name = "workspaces", description = "Workspaces and their API keys (admin).")
public class WorkspaceResource {

    private final WorkspaceService service;

    WorkspaceResource(WorkspaceService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scope.Names.PLATFORM_ADMIN)
    @Operation(operationId = "createWorkspace", summary = "Create a workspace (bootstrap admin key only)")
    @APIResponse(
            responseCode = "201",
            description = "The workspace.",
            content = @Content(schema = @Schema(implementation = WorkspaceView.class)))
    public RestResponse<WorkspaceView> create(@Valid @NotNull CreateWorkspaceRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, service.create(request));
    }

    @GET
    @RolesAllowed(Scope.Names.PLATFORM_ADMIN)
    @Operation(operationId = "listWorkspaces", summary = "All workspaces (bootstrap admin key only)")
    public List<WorkspaceView> list() {
        return service.list();
    }

    @GET
    @Path("{ws}/settings")
    @RolesAllowed({Scope.Names.PLATFORM_ADMIN, Scope.Names.ADMIN})
    @Operation(operationId = "getWorkspaceSettings", summary = "The workspace's settings")
    public WorkspaceSettings settings(@PathParam("ws") String workspace) {
        return service.settings(workspace);
    }

    @PUT
    @Path("{ws}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Scope.Names.PLATFORM_ADMIN, Scope.Names.ADMIN})
    @Operation(operationId = "putWorkspaceSettings", summary = "Replace the workspace's settings")
    public WorkspaceSettings updateSettings(
            @PathParam("ws") String workspace, @Valid @NotNull WorkspaceSettings settings) {
        return service.updateSettings(workspace, settings);
    }
}
