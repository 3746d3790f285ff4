package dev.reviewflow.common.error;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body. The optional members after {@code instance} are the
 * extensions reviewflow uses; each is present only on the problems it belongs to.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details, served as application/problem+json.")
public record Problem(
        @Schema(
                description = "URI reference naming the problem type.",
                examples = "urn:reviewflow:problem:invalid-transition")
        String type,

        @Schema(description = "Short summary of the problem type.")
        String title,

        @Schema(description = "HTTP status code.") int status,

        @Schema(description = "What went wrong with this request, for a person to read.")
        String detail,

        @Schema(description = "The request path.") String instance,

        @Schema(description = "The fields at fault (invalid fields, a refused rule, scopes that may not be granted).")
        List<FieldViolation> errors,

        @Schema(description = "The complaint's current status (invalid-transition problems only).", examples = "new")
        String currentStatus,

        @Schema(description = "The actions allowed from the current status (invalid-transition problems only).")
        List<String> allowedActions,

        @Schema(description = "What the reply guard found (reply-rejected problems only).", ref = "Finding")
        List<?> findings) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem with no extension members. */
    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null, null, null, null);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, currentStatus, allowedActions, findings);
    }

    public Problem withErrors(List<FieldViolation> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, currentStatus, allowedActions, findings);
    }

    public Problem withTransition(String current, List<String> allowed) {
        return new Problem(type, title, status, detail, instance, errors, current, allowed, findings);
    }

    public Problem withFindings(List<?> guardFindings) {
        return new Problem(type, title, status, detail, instance, errors, currentStatus, allowedActions, guardFindings);
    }
}
