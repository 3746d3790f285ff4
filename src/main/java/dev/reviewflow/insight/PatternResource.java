package dev.reviewflow.insight;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.reviewflow.common.http.RequestValues;
import dev.reviewflow.insight.api.PatternReport;
import dev.reviewflow.insight.api.PeriodQuery;
import dev.reviewflow.security.Scope;

@Path("/v1/insights/patterns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "insights")
public class PatternResource {

    private final InsightService insights;
    private final PatternService patterns;

    PatternResource(InsightService insights, PatternService patterns) {
        this.insights = insights;
        this.patterns = patterns;
    }

    @GET
    @RolesAllowed(Scope.Names.COMPLAINTS_READ)
    @Operation(
            operationId = "getInsightPatterns",
            summary = "Recurring terms in the complaints received in a period, and where they concentrate",
            description = "Terms are the words of title and body as the analyzer of each complaint's language"
                    + " leaves them (stop words removed, stemmed: English, Indonesian, Romanian, Estonian,"
                    + " Armenian; other languages lower-cased only) and the tags, prefixed with #. Each term comes"
                    + " with its count, the count of the previous period of the same length, and the weekday x"
                    + " hour cells, locations and channels with the most of its complaints.")
    public PatternReport patterns(
            @BeanParam PeriodQuery periodQuery,
            @Parameter(
                            description = "How many terms; default " + PatternService.DEFAULT_LIMIT + ".",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "" + PatternService.MAX_LIMIT))
                    @QueryParam("limit")
                    String limit) {
        InsightService.Period period = insights.period(periodQuery.fromInstant(), periodQuery.toInstant());
        return patterns.patterns(
                period,
                RequestValues.integer("limit", limit, PatternService.DEFAULT_LIMIT, 1, PatternService.MAX_LIMIT));
    }
}
