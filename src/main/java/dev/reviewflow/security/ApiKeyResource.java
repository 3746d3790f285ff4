package dev.reviewflow.security;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

@Path("/v1/workspaces/{ws}/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "workspaces")
public class ApiKeyResource {

    private final ApiKeyService service;

    ApiKeyResource(ApiKeyService service) {
        this.service = service;
    }

    @POST
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
    @APIResponse(
            responseCode = "201",
            description = "The key, with its secret.",
            content = @Content(schema = @Schema(implementation = ApiKeyView.class)))
    public RestResponse<ApiKeyView> create(
            @PathParam("ws") String workspace, @Valid @NotNull CreateApiKeyRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, service.create(workspace, request));
    }

    @GET
    @RolesAllowed({Scope.Names.PLATFORM_ADMIN, Scope.Names.ADMIN})
    @Operation(operationId = "listApiKeys", summary = "The workspace's API keys, without secrets")
    public List<ApiKeyView> list(@PathParam("ws") String workspace) {
        return service.list(workspace);
    }

    @DELETE
    @Path("{keyId}")
    @RolesAllowed({Scope.Names.PLATFORM_ADMIN, Scope.Names.ADMIN})
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key, at once")
    @APIResponse(responseCode = "204", description = "Revoked (or already revoked).")
    public void revoke(@PathParam("ws") String workspace, @PathParam("keyId") String keyId) {
        service.revoke(workspace, RequestValues.id("API key", keyId));
    }
}
