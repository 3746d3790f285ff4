package dev.reviewflow.webhook;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.reviewflow.common.http.RequestValues;
import dev.reviewflow.common.json.JsonEnums;
import dev.reviewflow.security.Scope;
import dev.reviewflow.webhook.api.DeliveryStatus;
import dev.reviewflow.webhook.api.DeliveryView;

/** A subscription's deliveries: what was sent, what is still trying, and sending again. */
@Path("/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "webhooks")
public class WebhookDeliveryResource {

    static final int MAX_LIMIT = 100;
    static final int DEFAULT_LIMIT = 50;

    private final WebhookDeliveryService service;

    WebhookDeliveryResource(WebhookDeliveryService service) {
        this.service = service;
    }

    @GET
    @Path("{id}/deliveries")
    @RolesAllowed(Scope.Names.ADMIN)
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "The subscription's deliveries, newest first",
            description = "Status, attempts, the last attempt's status code, latency and error, and the next try."
                    + " Delivered deliveries are kept for reviewflow.webhooks.delivery.retention (30 days unless"
                    + " configured); pending and dead ones until they are delivered.")
    public List<DeliveryView> list(
            @PathParam("id") String id,
            @Parameter(
                            description = "Only deliveries in this status.",
                            schema = @Schema(implementation = DeliveryStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(
                            description = "At most this many, 1 to " + MAX_LIMIT + ".",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "" + MAX_LIMIT,
                                            defaultValue = "" + DEFAULT_LIMIT))
                    @QueryParam("limit")
                    String limit) {
        return service.list(
                RequestValues.id("webhook subscription", id),
                statusNamed(status),
                RequestValues.integer("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT));
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    @RolesAllowed(Scope.Names.ADMIN)
    @Operation(
            operationId = "redeliverWebhookDelivery",
            summary = "Send a dead or delivered delivery again",
            description = "With the same webhook-id, attempts counted from 0 again. A delivery still pending is"
                    + " attempted by itself: 409.")
    @APIResponse(
            responseCode = "202",
            description = "Pending again; it goes out shortly.",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public RestResponse<DeliveryView> redeliver(
            @PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        return RestResponse.accepted(service.redeliver(
                RequestValues.id("webhook subscription", id), RequestValues.id("webhook delivery", deliveryId)));
    }

    @POST
    @Path("{id}/ping")
    @RolesAllowed(Scope.Names.ADMIN)
    @Operation(
            operationId = "pingWebhook",
            summary = "Send a webhook.ping event to this subscription",
            description = "Signed and retried like every event, whatever event types the subscription takes;"
                    + " its data is {\"subscription\": id}. An inactive subscription gets none: 409.")
    @APIResponse(
            responseCode = "202",
            description = "The ping's delivery, pending; it goes out shortly.",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public RestResponse<DeliveryView> ping(@PathParam("id") String id) {
        return RestResponse.accepted(service.ping(RequestValues.id("webhook subscription", id)));
    }

    private static DeliveryStatus statusNamed(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return JsonEnums.parseParameter(DeliveryStatus.class, "status", status.trim());
    }
}
