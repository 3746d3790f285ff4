package dev.reviewflow.complaint;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.reviewflow.common.error.ValidationException;

/**
 * Where a page ended: the (receivedAt, id) of its last item. Pages are cut by these keys, not by
 * offsets, so complaints arriving meanwhile never shift or repeat items on later pages.
 */
public record PageCursor(Instant receivedAt, UUID id) {

    private static final String VERSION = "c1";
    /**
     * Years 1 to 9999: every time the service stores, and only times that PostgreSQL can compare
     * with (beyond them, the query itself would fail).
     */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");
    /**
     * Epoch seconds of at most 12 digits (the range above needs 12) and nanoseconds of at most 9,
     * so that no number can overflow a long; a lower-case UUID as {@link UUID#toString()} writes it.
     */
    private static final Pattern CONTENT = Pattern.compile(VERSION + "\\|(-?[0-9]{1,12})\\|([0-9]{1,9})\\|"
            + "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");
    /** Longer than any cursor {@link #encode()} gives (at most 83 characters): refused before decoding. */
    private static final int MAX_LENGTH = 100;

    public String encode() {
        String raw = VERSION + "|" + receivedAt.getEpochSecond() + "|" + receivedAt.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cursor {@code cursor} stands for, if it is exactly one that {@link #encode()} gives;
     * anything else (other encodings of the same content included) is a validation failure.
     */
    public static PageCursor decode(String cursor) {
        if (cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        Matcher content = CONTENT.matcher(new String(bytes, StandardCharsets.UTF_8));
        if (!content.matches()) {
            throw invalid();
        }
        Instant receivedAt = Instant.ofEpochSecond(Long.parseLong(content.group(1)), Long.parseLong(content.group(2)));
        if (receivedAt.isBefore(EARLIEST) || receivedAt.isAfter(LATEST)) {
            throw invalid();
        }
        PageCursor decoded = new PageCursor(receivedAt, UUID.fromString(content.group(3)));
        // Leading zeros, "-0", base64 padding or stray bits decode to the same content: only the
        // one spelling the service gives out is a cursor.
        if (!decoded.encode().equals(cursor)) {
            throw invalid();
        }
        return decoded;
    }

    private static ValidationException invalid() {
        return ValidationException.of(
                "cursor", "is not a cursor this service gave out; use nextCursor from a previous page");
    }
}
