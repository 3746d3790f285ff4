package dev.reviewflow.webhook.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.reviewflow.common.error.FieldViolation;
import dev.reviewflow.common.error.ValidationException;
import dev.reviewflow.common.validation.ValidTextValidator;

/**
 * An RFC 7396 merge patch of a subscription. A member that is present sets the field; {@code null}
 * clears the description and makes events "all"; url and active cannot be null.
 */
@Schema(
        name = "WebhookSubscriptionPatch",
        description = "RFC 7396 merge patch: present members are set, null clears, absent members are kept.")
public record WebhookSubscriptionPatch(
        @Schema(hidden = true) Set<String> present,

        @Schema(maxLength = WebhookSubscriptionFields.URL_MAX, description = "Checked like a new subscription's URL.")
        String url,

        @Schema(description = WebhookSubscriptionFields.EVENTS_DESCRIPTION, nullable = true)
        List<String> events,

        @Schema(maxLength = WebhookSubscriptionFields.DESCRIPTION_MAX, nullable = true)
        String description,

        @Schema(description = "true sends again (and clears disabledReason); false stops sending.")
        Boolean active) {

    private static final Set<String> PATCHABLE = Set.of("url", "events", "description", "active");

    public boolean has(String field) {
        return present.contains(field);
    }

    /** Reads and checks the form of a merge patch document; every bad member is reported at once. */
    public static WebhookSubscriptionPatch parse(ObjectNode document) {
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> present = new LinkedHashSet<>();
        document.fieldNames().forEachRemaining(present::add);
        for (String name : present) {
            if (!PATCHABLE.contains(name)) {
                violations.add(new FieldViolation(
                        name,
                        "cannot be changed by PATCH; patchable fields are "
                                + PATCHABLE.stream().sorted().toList()));
            }
        }
        String url = present.contains("url")
                ? text("url", document.get("url"), false, WebhookSubscriptionFields.URL_MAX, violations)
                : null;
        List<String> events = present.contains("events") ? events(document.get("events"), violations) : null;
        String description = present.contains("description")
                ? text(
                        "description",
                        document.get("description"),
                        true,
                        WebhookSubscriptionFields.DESCRIPTION_MAX,
                        violations)
                : null;
        Boolean active = null;
        if (present.contains("active")) {
            JsonNode node = document.get("active");
            if (node.isBoolean()) {
                active = node.booleanValue();
            } else {
                violations.add(new FieldViolation("active", "must be true or false"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new WebhookSubscriptionPatch(Set.copyOf(present), url, events, description, active);
    }

    private static String text(
            String field, JsonNode node, boolean nullable, int max, List<FieldViolation> violations) {
        if (node.isNull() && nullable) {
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            violations.add(new FieldViolation(
                    field, nullable ? "must be a non-blank string or null" : "must be a non-blank string"));
            return null;
        }
        String value = node.asText();
        if (!ValidTextValidator.isStorable(value) || value.codePointCount(0, value.length()) > max) {
            violations.add(new FieldViolation(field, "must be valid Unicode text of at most " + max + " characters"));
            return null;
        }
        return value;
    }

    private static List<String> events(JsonNode node, List<FieldViolation> violations) {
        if (node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            violations.add(new FieldViolation("events", "must be an array of event type names or null"));
            return null;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode name = node.get(i);
            if (name.isTextual()) {
                names.add(name.asText());
            } else {
                violations.add(new FieldViolation("events[" + i + "]", "must be a string"));
            }
        }
        return names;
    }
}
