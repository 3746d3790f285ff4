package dev.reviewflow.insight;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.reviewflow.insight.api.SelfAssessmentRequest;
import dev.reviewflow.insight.api.SelfAssessmentView;
import dev.reviewflow.security.Scope;

@Path("/v1/workspaces/{ws}/self-assessment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "insights", description = "How the workspace is doing, computed in the database.")
public class SelfAssessmentResource {

    private final SelfAssessmentService service;

    SelfAssessmentResource(SelfAssessmentService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Scope.Names.PLATFORM_ADMIN, Scope.Names.ADMIN})
    @Operation(operationId = "getSelfAssessment", summary = "The workspace's own estimate of how well it serves")
    public SelfAssessmentView get(@PathParam("ws") String workspace) {
        return service.get(workspace);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Scope.Names.PLATFORM_ADMIN, Scope.Names.ADMIN})
    @Operation(
            operationId = "putSelfAssessment",
            summary = "Set the share of customers the business believes it serves excellently",
            description = "The insights summary sets it beside the share of customers who answered 5 of 5"
                    + " (the perception gap).")
    public SelfAssessmentView put(@PathParam("ws") String workspace, @Valid @NotNull SelfAssessmentRequest request) {
        return service.put(workspace, request);
    }
}
