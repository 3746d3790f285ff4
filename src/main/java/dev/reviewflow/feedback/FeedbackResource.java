package dev.reviewflow.feedback;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.reviewflow.common.http.RequestValues;
import dev.reviewflow.feedback.api.FeedbackAnswer;
import dev.reviewflow.feedback.api.FeedbackRequest;
import dev.reviewflow.security.Scope;

@Path("/v1/complaints/{id}/feedback")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "complaints")
public class FeedbackResource {

    private final FeedbackService service;

    FeedbackResource(FeedbackService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scope.Names.COMPLAINTS_WRITE)
    @Operation(
            operationId = "answerFeedback",
            summary = "Store the customer's answer to the follow-up (resolved complaints only)",
            description = "One answer per resolution: the first answers 201, a second one to the same resolution"
                    + " replaces it and answers 200 with replaced true. After a reopen and a new resolution, the"
                    + " next answer is a first one again. Recorded in the timeline (feedback-received); the"
                    + " complaint shows the latest answer.")
    @APIResponse(
            responseCode = "201",
            description = "The first answer to this resolution.",
            content = @Content(schema = @Schema(implementation = FeedbackAnswer.class)))
    @APIResponse(
            responseCode = "200",
            description = "An earlier answer to this resolution was replaced.",
            content = @Content(schema = @Schema(implementation = FeedbackAnswer.class)))
    public RestResponse<FeedbackAnswer> answer(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull FeedbackRequest request) {
        FeedbackAnswer answer = service.answer(RequestValues.id("complaint", id), ifMatch, request);
        return RestResponse.status(answer.replaced() ? RestResponse.Status.OK : RestResponse.Status.CREATED, answer);
    }
}
