package dev.reviewflow.common.http;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import dev.reviewflow.common.error.NotFoundException;
import dev.reviewflow.common.error.ValidationException;

/**
 * Reads path, query and header values that arrive as strings. Binding them as strings and reading
 * them here lets a bad value get a 422 that names it, where JAX-RS binding would answer 404.
 */
public final class RequestValues {

    private RequestValues() {}

    /** An id in a path: anything that is not a UUID cannot name a resource, so it is a 404. */
    public static UUID id(String kind, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(kind, value);
        }
    }

    public static int integer(String parameter, String value, int defaultValue, int min, int max) {
        Integer parsed = optionalInteger(parameter, value, min, max);
        return parsed == null ? defaultValue : parsed;
    }

    public static Integer optionalInteger(String parameter, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        throw ValidationException.of(parameter, "must be a whole number from " + min + " to " + max);
    }

    public static Instant instant(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw ValidationException.of(parameter, "must be an RFC 3339 date-time such as 2026-05-01T18:30:00Z");
        }
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
