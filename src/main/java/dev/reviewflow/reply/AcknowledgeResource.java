package dev.reviewflow.reply;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.reviewflow.common.http.EntityTags;
import dev.reviewflow.common.http.RequestValues;
import dev.reviewflow.reply.api.AcknowledgeRequest;
import dev.reviewflow.reply.api.AcknowledgedComplaint;
import dev.reviewflow.security.Scope;

/** The first public answer to a complaint: a guarded reply that acknowledges it. */
@Path("/v1/complaints/{id}/acknowledge")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "complaints")
public class AcknowledgeResource {

    private final ReplyService service;

    AcknowledgeResource(ReplyService service) {
        this.service = service;
    }

    @RolesAllowed(Scope.Names.COMPLAINTS_WRITE)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "acknowledgeComplaint",
            summary = "Answer in public for the first time (new → acknowledged)",
            description = "The reply passes the reply guard or nothing happens (422 with findings).")
    @APIResponse(
            responseCode = "200",
            description = "Acknowledged; warnings holds the guard's warnings on the stored reply.",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = AcknowledgedComplaint.class)))
    public RestResponse<AcknowledgedComplaint> acknowledge(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AcknowledgeRequest request) {
        AcknowledgedComplaint acknowledged =
                service.acknowledge(RequestValues.id("complaint", id), ifMatch, request.reply(), request.author());
        return RestResponse.ResponseBuilder.ok(acknowledged)
                .header(HttpHeaders.ETAG, EntityTags.of(acknowledged.complaint().version()))
                .build();
    }
}
