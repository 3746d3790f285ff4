package dev.reviewflow.insight.api;

import java.time.Instant;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.reviewflow.common.http.RequestValues;

/** The period an insight covers, as the query string gives it: the complaints received in [from, to). */
public record PeriodQuery(
        @Parameter(
                description = "Received at or after this RFC 3339 instant; default: 30 days before to."
                        + " At most 400 days before to.",
                schema = @Schema(type = SchemaType.STRING, format = "date-time"))
        @QueryParam("from")
        String from,

        @Parameter(
                description = "Received before this RFC 3339 instant; default: now.",
                schema = @Schema(type = SchemaType.STRING, format = "date-time"))
        @QueryParam("to")
        String to) {

    /** {@code from} as an instant (422 naming it when it is not one); null when absent. */
    public Instant fromInstant() {
        return RequestValues.instant("from", from);
    }

    /** {@code to} as an instant (422 naming it when it is not one); null when absent. */
    public Instant toInstant() {
        return RequestValues.instant("to", to);
    }
}
