package dev.reviewflow.complaint;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.reviewflow.common.http.RequestValues;
import dev.reviewflow.complaint.api.TimelineEventView;
import dev.reviewflow.security.Scope;
import dev.reviewflow.timeline.Timeline;

@Path("/v1/complaints/{id}/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "complaints")
public class TimelineResource {

    private final Timeline timeline;

    TimelineResource(Timeline timeline) {
        this.timeline = timeline;
    }

    @GET
    @RolesAllowed(Scope.Names.COMPLAINTS_READ)
    @Operation(
            operationId = "getTimeline",
            summary = "The complaint's history, oldest first",
            description = "Append-only: what happened, when, by whom, and from which status to which.")
    public List<TimelineEventView> get(@PathParam("id") String id) {
        return timeline.of(Complaint.require(RequestValues.id("complaint", id)).id).stream()
                .map(TimelineEventView::of)
                .toList();
    }
}
