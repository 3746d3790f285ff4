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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
    public ReplyCheckResult check(@Valid @NotNull ReplyCheckRequest request) {
        return service.check(request);
    }
}
