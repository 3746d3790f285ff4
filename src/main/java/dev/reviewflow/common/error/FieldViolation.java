package dev.reviewflow.common.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One bad input field: where it is (JSON path, query or header name) and what is wrong. */
@Schema(description = "One invalid field of the request.")
public record FieldViolation(
        @Schema(
                description = "Field path in the request body, or the name of the query parameter or header.",
                examples = "customer.email",
                required = true)
        String field,

        @Schema(
                description = "What is wrong with it.",
                examples = "must be a well-formed email address",
                required = true)
        String message) {}
