package dev.reviewflow.complaint;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import dev.reviewflow.common.error.ValidationException;

/**
 * Where a page ended: the (receivedAt, id) of its last item. Pages are cut by these keys, not by
 * offsets, so complaints arriving meanwhile never shift or repeat items on later pages.
 */
public record PageCursor(Instant receivedAt, UUID id) {

    private static final String VERSION = "c1";

    public String encode() {
        String raw = VERSION + "|" + receivedAt.getEpochSecond() + "|" + receivedAt.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static PageCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 4 || !parts[0].equals(VERSION)) {
                throw invalid();
            }
            return new PageCursor(
                    Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2])),
                    UUID.fromString(parts[3]));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw invalid();
        }
    }

    private static ValidationException invalid() {
        return ValidationException.of(
                "cursor", "is not a cursor this service gave out; use nextCursor from a previous page");
    }
}
