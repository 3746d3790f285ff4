package dev.reviewflow.reply;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.reviewflow.common.error.Problem;
import dev.reviewflow.reply.api.ReplyCheckRequest;
import dev.reviewflow.reply.api.ReplyCheckResult;
import dev.reviewflow.security.Scope;

@Path("/v1/reply-checks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "replies")
public class ReplyCheckResource {

    private final ReplyService service;

    ReplyCheckResource(ReplyService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Scope.Names.REPLIES_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "checkReply",
            summary = "Check a draft public reply without saving it",
            description = "Gives exactly the findings that posting it in public would give.")
    @APIResponse(
            responseCode = "200",
            description = "The findings.",
            content = @Content(schema = @Schema(implementation = ReplyCheckResult.class)))
    @APIResponse(
            responseCode = "404",
            description = "complaintId names no complaint of the caller's workspace.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReplyCheckResult check(@Valid @NotNull ReplyCheckRequest request) {
        return service.check(request);
    }
}
