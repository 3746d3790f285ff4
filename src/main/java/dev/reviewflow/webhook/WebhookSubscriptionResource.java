package dev.reviewflow.webhook;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.reviewflow.common.error.Problem;
import dev.reviewflow.common.http.EntityTags;
import dev.reviewflow.common.http.RequestValues;
import dev.reviewflow.security.Scope;
import dev.reviewflow.webhook.api.CreateWebhookSubscriptionRequest;
import dev.reviewflow.webhook.api.RotateWebhookSecretRequest;
import dev.reviewflow.webhook.api.WebhookSubscriptionPatch;
import dev.reviewflow.webhook.api.WebhookSubscriptionView;

@Path("/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "webhooks", description = "Send the workspace's events to a help-desk, signed.")
public class WebhookSubscriptionResource {

    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String SUBSCRIPTION = "webhook subscription";

    private final WebhookSubscriptionService service;

    WebhookSubscriptionResource(WebhookSubscriptionService service) {
        this.service = service;
    }

    @RolesAllowed(Scope.Names.ADMIN)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createWebhookSubscription",
            summary = "Subscribe a URL to the workspace's events",
            description = "The answer holds the signing secret, once. The URL must be https and its host must resolve"
                    + " to public addresses only (loopback, link-local and cloud metadata, private and unique-local"
                    + " addresses are refused unless configuration allows them): otherwise 422 with errors naming"
                    + " `url`. Events carry the customer's contact details only if the caller has pii:read.")
    @APIResponse(
            responseCode = "201",
            description = "Created, with its secret.",
            headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = WebhookSubscriptionView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The workspace has as many subscriptions as it may have"
                    + " (reviewflow.webhooks.max-subscriptions-per-workspace).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<WebhookSubscriptionView> create(
            @Valid @NotNull CreateWebhookSubscriptionRequest request, @Context UriInfo uri) {
        WebhookSubscriptionView view = service.create(request);
        URI location = uri.getBaseUriBuilder()
                .path("v1/webhooks")
                .path(view.id().toString())
                .build();
        return withTag(
                RestResponse.ResponseBuilder.<WebhookSubscriptionView>created(location)
                        .entity(view),
                view);
    }

    @RolesAllowed(Scope.Names.ADMIN)
    @GET
    @Operation(
            operationId = "listWebhookSubscriptions",
            summary = "The workspace's webhook subscriptions, oldest first, without secrets")
    public List<WebhookSubscriptionView> list() {
        return service.list();
    }

    @RolesAllowed(Scope.Names.ADMIN)
    @GET
    @Path("{id}")
    @Operation(operationId = "getWebhookSubscription", summary = "Get a webhook subscription, without its secret")
    public RestResponse<WebhookSubscriptionView> get(@PathParam("id") String id) {
        return ok(service.get(RequestValues.id(SUBSCRIPTION, id)));
    }

    @RolesAllowed(Scope.Names.ADMIN)
    @PATCH
    @Path("{id}")
    @Consumes(MERGE_PATCH)
    @Operation(
            operationId = "patchWebhookSubscription",
            summary = "Change URL, events, description or active (JSON merge patch)",
            description = "A new URL is checked like a new subscription's. active: true sends again and clears"
                    + " disabledReason.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MERGE_PATCH,
                            schema = @Schema(implementation = WebhookSubscriptionPatch.class)))
    public RestResponse<WebhookSubscriptionView> patch(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull ObjectNode patch) {
        return ok(service.patch(RequestValues.id(SUBSCRIPTION, id), ifMatch, WebhookSubscriptionPatch.parse(patch)));
    }

    @RolesAllowed(Scope.Names.ADMIN)
    @DELETE
    @Path("{id}")
    @Operation(
            operationId = "deleteWebhookSubscription",
            summary = "Delete a webhook subscription and its deliveries",
            description = "Deliveries not yet sent are dropped.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(RequestValues.id(SUBSCRIPTION, id), ifMatch);
    }

    @RolesAllowed(Scope.Names.ADMIN)
    @POST
    @Path("{id}/secret/rotate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "rotateWebhookSecret",
            summary = "Replace the signing secret, with an overlap in which both sign",
            description = "The answer holds the new secret, once. Until previousSecretExpiresAt every delivery carries"
                    + " a signature with each secret, so a receiver can switch at its own pace. Rotating again within"
                    + " the overlap ends the older secret at once: only the secret just replaced keeps signing.")
    @RequestBody(
            required = false,
            content = @Content(schema = @Schema(implementation = RotateWebhookSecretRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "Rotated, with the new secret.",
            content = @Content(schema = @Schema(implementation = WebhookSubscriptionView.class)))
    public RestResponse<WebhookSubscriptionView> rotateSecret(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid RotateWebhookSecretRequest request) {
        return ok(service.rotateSecret(RequestValues.id(SUBSCRIPTION, id), ifMatch, request));
    }

    private static RestResponse<WebhookSubscriptionView> ok(WebhookSubscriptionView view) {
        return withTag(RestResponse.ResponseBuilder.ok(view), view);
    }

    private static RestResponse<WebhookSubscriptionView> withTag(
            RestResponse.ResponseBuilder<WebhookSubscriptionView> builder, WebhookSubscriptionView view) {
        return builder.header(HttpHeaders.ETAG, EntityTags.of(view.version())).build();
    }
}
