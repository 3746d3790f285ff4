package dev.reviewflow.complaint.api;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.common.error.FieldViolation;
import dev.reviewflow.common.error.ValidationException;
import dev.reviewflow.common.json.JsonEnums;
import dev.reviewflow.complaint.ComplaintFields;
import dev.reviewflow.complaint.Priority;

/**
 * An RFC 7396 merge patch of the complaint's working fields. A member that is present sets the
 * field, {@code null} clears it (a cleared priority follows the rating again); absent members
 * stay as they are.
 */
@Schema(description = "RFC 7396 merge patch: present members are set, null clears, absent members are kept.")
public record ComplaintPatch(
        @Schema(hidden = true) Set<String> present,

        @Schema(
                description = "Replaces all tags (lower-cased, duplicates dropped).",
                maxItems = ComplaintFields.TAGS_MAX,
                nullable = true)
        List<String> tags,

        @Schema(maxLength = ComplaintFields.ASSIGNEE_MAX, nullable = true)
        String assignee,

        @Schema(description = "null returns to the priority derived from the rating.", nullable = true)
        Priority priority,

        @Schema(maxLength = ComplaintFields.LOCATION_MAX, nullable = true)
        String location) {

    private static final Set<String> PATCHABLE = Set.of("tags", "assignee", "priority", "location");

    public boolean has(String field) {
        return present.contains(field);
    }

    /** Reads and validates a merge patch document; every bad member is reported at once. */
    public static ComplaintPatch parse(ObjectNode document) {
        List<FieldViolation> violations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> members = document.fields();
        while (members.hasNext()) {
            String name = members.next().getKey();
            if (!PATCHABLE.contains(name)) {
                violations.add(new FieldViolation(
                        name,
                        "cannot be changed by PATCH; patchable fields are "
                                + PATCHABLE.stream().sorted().toList()));
            }
        }
        List<String> tags = document.has("tags") ? tags(document.get("tags"), violations) : null;
        String assignee = document.has("assignee")
                ? text("assignee", document.get("assignee"), ComplaintFields.ASSIGNEE_MAX, violations)
                : null;
        String location = document.has("location")
                ? text("location", document.get("location"), ComplaintFields.LOCATION_MAX, violations)
                : null;
        Priority priority = document.has("priority") ? priority(document.get("priority"), violations) : null;
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        Set<String> present = new LinkedHashSet<>();
        document.fieldNames().forEachRemaining(present::add);
        return new ComplaintPatch(Set.copyOf(present), tags, assignee, priority, location);
    }

    private static List<String> tags(JsonNode node, List<FieldViolation> violations) {
        if (node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            violations.add(new FieldViolation("tags", "must be an array of strings or null"));
            return null;
        }
        if (node.size() > ComplaintFields.TAGS_MAX) {
            violations.add(new FieldViolation("tags", "must have at most " + ComplaintFields.TAGS_MAX + " tags"));
        }
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode tag = node.get(i);
            String field = "tags[" + i + "]";
            if (!tag.isTextual() || tag.asText().isBlank()) {
                violations.add(new FieldViolation(field, "must be a non-blank string"));
            } else if (tag.asText().codePointCount(0, tag.asText().length()) > ComplaintFields.TAG_MAX) {
                violations.add(new FieldViolation(field, "must be at most " + ComplaintFields.TAG_MAX + " characters"));
            } else {
                tags.add(tag.asText());
            }
        }
        return ComplaintFields.normaliseTags(tags);
    }

    private static String text(String field, JsonNode node, int max, List<FieldViolation> violations) {
        if (node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            violations.add(new FieldViolation(field, "must be a non-blank string or null"));
            return null;
        }
        if (node.asText().codePointCount(0, node.asText().length()) > max) {
            violations.add(new FieldViolation(field, "must be at most " + max + " characters"));
            return null;
        }
        return node.asText();
    }

    private static Priority priority(JsonNode node, List<FieldViolation> violations) {
        if (node.isNull()) {
            return null;
        }
        return JsonEnums.parse(Priority.class, node.asText(""))
                .filter(p -> node.isTextual())
                .orElseGet(() -> {
                    violations.add(new FieldViolation(
                            "priority", "must be one of " + JsonEnums.wireNames(Priority.class) + " or null"));
                    return null;
                });
    }
}
