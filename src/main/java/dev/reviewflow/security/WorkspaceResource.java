package dev.reviewflow.security;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import dev.reviewflow.common.http.RequestValues;
import dev.reviewflow.security.api.ApiKeyView;
import dev.reviewflow.security.api.CreateApiKeyRequest;
import dev.reviewflow.security.api.CreateWorkspaceRequest;
import dev.reviewflow.security.api.WorkspaceSettings;
import dev.reviewflow.security.api.WorkspaceView;

@Path("/v1/workspaces")
@Produces(MediaType.APPLICATION_JSON)
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
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = WorkspaceView.class)))
    public RestResponse<WorkspaceView> create(@Valid @NotNull CreateWorkspaceRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, service.create(request));
    }

    @GET
    @RolesAllowed(Scope.Names.PLATFORM_ADMIN)
    @Operation(operationId = "listWorkspaces", summary = "All workspaces (bootstrap admin key only)")
    public List<WorkspaceView> list() {
        return service.list();
    }

    @POST
    @Path("{ws}/api-keys")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Scope.Names.PLATFORM_ADMIN, Scope.Names.ADMIN})
    @Operation(
            operationId = "createApiKey",
            summary = "Create an API key",
            description = "The answer holds the secret, once: only its hash is stored. A caller grants only scopes"
                    + " it holds itself (the bootstrap key any): asking for others answers 403 with errors naming"
                    + " `scopes`. A key created with an OpenID Connect token must have an expiresAt within"
                    + " reviewflow.security.oidc-key-max-lifetime (30 days unless configured): otherwise 422 with"
                    + " errors naming `expiresAt`.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ApiKeyView.class)))
    public RestResponse<ApiKeyView> createKey(
            @PathParam("ws") String workspace, @Valid @NotNull CreateApiKeyRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, service.createKey(workspace, request));
    }

    @GET
    @Path("{ws}/api-keys")
    @RolesAllowed({Scope.Names.PLATFORM_ADMIN, Scope.Names.ADMIN})
    @Operation(operationId = "listApiKeys", summary = "The workspace's API keys, without secrets")
    public List<ApiKeyView> keys(@PathParam("ws") String workspace) {
        return service.keys(workspace);
    }

    @DELETE
    @Path("{ws}/api-keys/{keyId}")
    @RolesAllowed({Scope.Names.PLATFORM_ADMIN, Scope.Names.ADMIN})
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key, at once")
    @APIResponse(responseCode = "204", description = "Revoked (or already revoked).")
    public void revokeKey(@PathParam("ws") String workspace, @PathParam("keyId") String keyId) {
        service.revokeKey(workspace, RequestValues.id("API key", keyId));
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
