package dev.reviewflow.reply;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.reviewflow.common.http.EntityTags;
import dev.reviewflow.common.http.RequestValues;
import dev.reviewflow.reply.api.CreateReplyRequest;
import dev.reviewflow.reply.api.ReplyView;
import dev.reviewflow.security.Scope;

@Path("/v1/complaints/{id}/replies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "replies", description = "What the business says on a complaint, and the public-reply guard.")
public class ReplyResource {

    private final ReplyService service;

    ReplyResource(ReplyService service) {
        this.service = service;
    }

    @RolesAllowed(Scope.Names.REPLIES_WRITE)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "postReply",
            summary = "Post a reply",
            description = "Public replies pass the reply guard or are refused (422 with findings); the first public"
                    + " reply acknowledges a new complaint. Private replies need a conversation moved to private."
                    + " If-Match is checked against the complaint's ETag.")
    @APIResponse(
            responseCode = "201",
            description = "Stored; findings holds the guard's warnings.",
            headers = {@Header(name = "Location"), @Header(name = "ETag", description = "The complaint's new ETag.")},
            content = @Content(schema = @Schema(implementation = ReplyView.class)))
    public RestResponse<ReplyView> post(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CreateReplyRequest request,
            @Context UriInfo uri) {
        PostedReply posted = service.post(
                RequestValues.id("complaint", id), ifMatch, request.visibility(), request.body(), request.author());
        URI location =
                uri.getRequestUriBuilder().path(posted.reply().id().toString()).build();
        return RestResponse.ResponseBuilder.<ReplyView>created(location)
                .entity(posted.reply())
                .header(HttpHeaders.ETAG, EntityTags.of(posted.complaintVersion()))
                .build();
    }

    @RolesAllowed(Scope.Names.COMPLAINTS_READ)
    @GET
    @Operation(operationId = "listReplies", summary = "All replies of a complaint, oldest first")
    public List<ReplyView> list(@PathParam("id") String id) {
        return service.list(RequestValues.id("complaint", id));
    }

    @RolesAllowed(Scope.Names.COMPLAINTS_READ)
    @GET
    @Path("{replyId}")
    @Operation(operationId = "getReply", summary = "One reply of a complaint")
    public ReplyView get(@PathParam("id") String id, @PathParam("replyId") String replyId) {
        return service.get(RequestValues.id("complaint", id), RequestValues.id("reply", replyId));
    }
}
