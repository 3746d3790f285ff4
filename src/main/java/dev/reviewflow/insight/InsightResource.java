package dev.reviewflow.insight;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.reviewflow.common.error.ValidationException;
import dev.reviewflow.common.http.RequestValues;
import dev.reviewflow.common.json.JsonEnums;
import dev.reviewflow.common.validation.ValidTextValidator;
import dev.reviewflow.complaint.Channel;
import dev.reviewflow.insight.api.InsightSummary;
import dev.reviewflow.insight.api.PeriodQuery;
import dev.reviewflow.security.Scope;

@Path("/v1/insights")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "insights")
public class InsightResource {

    private final InsightService service;

    InsightResource(InsightService service) {
        this.service = service;
    }

    @GET
    @Path("summary")
    @RolesAllowed(Scope.Names.COMPLAINTS_READ)
    @Operation(
            operationId = "getInsightSummary",
            summary = "How the workspace answers and what its customers say, for complaints received in a period",
            description = "Counts by status and channel, the share answered in public, median and 90th-percentile"
                    + " times from receipt to acknowledgement, private contact and resolution, the customers'"
                    + " answers, rating changes after resolution, and the perception gap (the self-assessment"
                    + " against the share of answers with satisfaction 5). Figures without data are null.")
    public InsightSummary summary(
            @BeanParam PeriodQuery periodQuery,
            @Parameter(description = "Only this channel.", schema = @Schema(implementation = Channel.class))
                    @QueryParam("channel")
                    String channel,
            @Parameter(description = "Only this location.") @QueryParam("location") String location) {
        InsightService.Period period = service.period(periodQuery.fromInstant(), periodQuery.toInstant());
        String channelValue = RequestValues.blankToNull(channel);
        return service.summary(
                period,
                channelValue == null ? null : JsonEnums.parseParameter(Channel.class, "channel", channelValue),
                location(location));
    }

    private static String location(String value) {
        String location = RequestValues.blankToNull(value);
        if (location != null && !ValidTextValidator.isStorable(location)) {
            throw ValidationException.of("location", "must be valid Unicode text without NUL");
        }
        return location;
    }
}
