package dev.reviewflow.feedback;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.reviewflow.common.error.ValidationException;
import dev.reviewflow.common.http.RequestValues;
import dev.reviewflow.feedback.api.FollowUpList;
import dev.reviewflow.feedback.api.FollowUpView;
import dev.reviewflow.security.Scope;

@Path("/v1/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "follow-ups",
        description = "After every resolution, whatever its outcome or rating, the customer is asked what they think.")
public class FollowUpResource {

    static final int MIN_LIMIT = 1;
    static final int MAX_LIMIT = 500;
    static final int DEFAULT_LIMIT = 100;

    private final FollowUpService service;

    FollowUpResource(FollowUpService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Scope.Names.COMPLAINTS_READ)
    @Operation(
            operationId = "listFollowUps",
            summary = "Follow-ups still to be sent, earliest due first",
            description = "Scheduled and emitted follow-ups, neither sent nor cancelled. Due ones are also sent to"
                    + " the webhooks once, as follow-up.due. The customer's contact details need pii:read.")
    public FollowUpList list(
            @Parameter(
                            description = "true: only those due now.",
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    @QueryParam("due")
                    String due,
            @Parameter(
                            description = "At most this many, " + MIN_LIMIT + " to " + MAX_LIMIT + ".",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "" + MIN_LIMIT,
                                            maximum = "" + MAX_LIMIT,
                                            defaultValue = "" + DEFAULT_LIMIT))
                    @QueryParam("limit")
                    String limit) {
        return service.unsent(dueOnly(due), RequestValues.integer("limit", limit, DEFAULT_LIMIT, MIN_LIMIT, MAX_LIMIT));
    }

    @POST
    @Path("{id}/sent")
    @RolesAllowed(Scope.Names.COMPLAINTS_WRITE)
    @Operation(
            operationId = "markFollowUpSent",
            summary = "Record that the survey went out",
            description = "The follow-up leaves the list. Saying so again changes nothing; a follow-up cancelled by"
                    + " a reopen answers 409.")
    public FollowUpView markSent(@PathParam("id") String id) {
        return service.markSent(RequestValues.id("follow-up", id));
    }

    private static boolean dueOnly(String due) {
        String value = RequestValues.blankToNull(due);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ValidationException.of("due", "must be true or false");
    }
}
