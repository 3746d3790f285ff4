package dev.reviewflow.complaint;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import dev.reviewflow.common.http.EntityTags;
import dev.reviewflow.common.http.RequestValues;
import dev.reviewflow.complaint.api.ComplaintPage;
import dev.reviewflow.complaint.api.ComplaintPatch;
import dev.reviewflow.complaint.api.ComplaintQuery;
import dev.reviewflow.complaint.api.ComplaintView;
import dev.reviewflow.complaint.api.CreateComplaintRequest;
import dev.reviewflow.complaint.api.MoveToPrivateRequest;
import dev.reviewflow.complaint.api.ReopenRequest;
import dev.reviewflow.complaint.api.ResolveRequest;
import dev.reviewflow.complaint.api.TicketLinkRequest;
import dev.reviewflow.security.Scope;

@Path("/v1/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "complaints", description = "Ingest complaints and move them through the workflow.")
public class ComplaintResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final ComplaintService service;

    ComplaintResource(ComplaintService service) {
        this.service = service;
    }

    @RolesAllowed(Scope.Names.COMPLAINTS_WRITE)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "ingestComplaint",
            summary = "Ingest a complaint",
            description = "Idempotent per channel + externalId: a repeat answers 200 with the stored complaint,"
                    + " taking over changed text or rating (recorded in the timeline), unless the customer was"
                    + " erased: then the stored complaint stays as it is.")
    @APIResponse(
            responseCode = "201",
            description = "Created.",
            headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Already known: the stored complaint.",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    public RestResponse<ComplaintView> ingest(@Valid @NotNull CreateComplaintRequest request, @Context UriInfo uri) {
        ComplaintService.Ingested ingested = service.ingest(request);
        ComplaintView view = ingested.complaint();
        if (!ingested.created()) {
            return withTag(RestResponse.ResponseBuilder.ok(view), view);
        }
        URI location = uri.getBaseUriBuilder()
                .path("v1/complaints")
                .path(view.id().toString())
                .build();
        return withTag(
                RestResponse.ResponseBuilder.<ComplaintView>created(location).entity(view), view);
    }

    @RolesAllowed(Scope.Names.COMPLAINTS_READ)
    @GET
    @Path("{id}")
    @Operation(operationId = "getComplaint", summary = "Get a complaint")
    public RestResponse<ComplaintView> get(@PathParam("id") String id) {
        return ok(service.get(RequestValues.id("complaint", id)));
    }

    @RolesAllowed(Scope.Names.COMPLAINTS_READ)
    @GET
    @Operation(
            operationId = "listComplaints",
            summary = "List complaints, newest first",
            description = "Filters combine with AND; status and channel may repeat (OR). Pages are cut by cursor,"
                    + " so complaints arriving meanwhile never shift later pages.")
    public ComplaintPage list(@BeanParam ComplaintQuery query) {
        return service.list(query.toFilter(), query.pageCursor(), query.pageSize());
    }

    @RolesAllowed(Scope.Names.COMPLAINTS_WRITE)
    @PATCH
    @Path("{id}")
    @Consumes(MERGE_PATCH)
    @Operation(
            operationId = "patchComplaint",
            summary = "Change tags, assignee, priority or location (JSON merge patch)")
    @RequestBody(content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = ComplaintPatch.class)))
    public RestResponse<ComplaintView> patch(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull ObjectNode patch) {
        return ok(service.patch(RequestValues.id("complaint", id), ifMatch, ComplaintPatch.parse(patch)));
    }

    @RolesAllowed(Scope.Names.COMPLAINTS_WRITE)
    @POST
    @Path("{id}/move-to-private")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "moveComplaintToPrivate",
            summary = "Continue by direct message, e-mail or phone (acknowledged → moved-to-private)")
    public RestResponse<ComplaintView> moveToPrivate(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MoveToPrivateRequest request) {
        return ok(service.moveToPrivate(RequestValues.id("complaint", id), ifMatch, request));
    }

    @RolesAllowed(Scope.Names.COMPLAINTS_WRITE)
    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "resolveComplaint",
            summary = "Resolve with an outcome (acknowledged or moved-to-private → resolved)")
    public RestResponse<ComplaintView> resolve(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ResolveRequest request) {
        return ok(service.resolve(RequestValues.id("complaint", id), ifMatch, request));
    }

    @RolesAllowed(Scope.Names.COMPLAINTS_WRITE)
    @POST
    @Path("{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "reopenComplaint",
            summary = "Reopen a resolved complaint (back to the status it was resolved from)")
    public RestResponse<ComplaintView> reopen(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReopenRequest request) {
        return ok(service.reopen(RequestValues.id("complaint", id), ifMatch, request));
    }

    @RolesAllowed(Scope.Names.COMPLAINTS_WRITE)
    @PUT
    @Path("{id}/ticket")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "linkComplaintTicket",
            summary = "Link the complaint to a help-desk ticket",
            description = "Replaces any earlier link. A ticket is linked to at most one complaint of the workspace"
                    + " (409 ticket-already-linked otherwise). Inbound help-desk events find the complaint by"
                    + " this link.")
    public RestResponse<ComplaintView> linkTicket(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TicketLinkRequest request) {
        return ok(service.linkTicket(RequestValues.id("complaint", id), ifMatch, request));
    }

    @RolesAllowed(Scope.Names.COMPLAINTS_WRITE)
    @DELETE
    @Path("{id}/ticket")
    @Operation(
            operationId = "unlinkComplaintTicket",
            summary = "Remove the complaint's help-desk ticket link",
            description = "A complaint without a link stays as it is.")
    public RestResponse<ComplaintView> unlinkTicket(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.unlinkTicket(RequestValues.id("complaint", id), ifMatch));
    }

    @DELETE
    @Path("{id}/customer")
    @RolesAllowed(Scope.Names.ADMIN)
    @Operation(
            operationId = "eraseCustomer",
            summary = "Erase the customer's personal data",
            description = "Wipes the contact details, the public handle and the source URL, and replaces every"
                    + " occurrence of the customer's name (and each word of it with three letters or more), e-mail,"
                    + " phone and handle with [erased] in the complaint's text, tags, assignee, location,"
                    + " resolution summary and feedback comment, in every reply and in every timeline event. The"
                    + " complaint stays,"
                    + " anonymised, for statistics. The timeline records the erasure, not the values. Erasing"
                    + " again changes nothing.")
    public RestResponse<ComplaintView> eraseCustomer(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.eraseCustomer(RequestValues.id("complaint", id), ifMatch));
    }

    private static RestResponse<ComplaintView> ok(ComplaintView view) {
        return withTag(RestResponse.ResponseBuilder.ok(view), view);
    }

    private static RestResponse<ComplaintView> withTag(
            RestResponse.ResponseBuilder<ComplaintView> builder, ComplaintView view) {
        return builder.header(HttpHeaders.ETAG, EntityTags.of(view.version())).build();
    }
}
