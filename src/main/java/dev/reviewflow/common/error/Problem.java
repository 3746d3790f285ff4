package dev.reviewflow.common.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body: the standard members, the fields at fault, and the extension
 * members a feature adds to its own problems (see {@link #with}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details, served as application/problem+json.")
public record Problem(
        @Schema(
                description = "URI reference naming the problem type.",
                examples = "urn:reviewflow:problem:invalid-transition",
                required = true)
        String type,

        @Schema(description = "Short summary of the problem type.", required = true)
        String title,

        @Schema(description = "HTTP status code.", required = true)
        int status,

        @Schema(description = "What went wrong with this request, for a person to read.", required = true)
        String detail,

        @Schema(description = "The request path.") String instance,

        @Schema(description = "The fields at fault (invalid fields, a refused rule, scopes that may not be granted).")
        List<FieldViolation> errors,

        @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem with no extension members. */
    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null, Map.of());
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, extensions);
    }

    public Problem withErrors(List<FieldViolation> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, extensions);
    }

    /**
     * The problem with one more extension member of its feature (RFC 9457, section 3.2), such as
     * a refused reply's findings; the feature documents it in its own schema.
     */
    public Problem with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, title, status, detail, instance, errors, Collections.unmodifiableMap(more));
    }

    /** The extension members, written beside the standard ones. */
    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions;
    }
}
