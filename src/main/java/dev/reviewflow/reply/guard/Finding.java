package dev.reviewflow.reply.guard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One thing the reply guard found. {@code start} and {@code end} are UTF-16 offsets into the
 * original reply text (as Java and JavaScript index strings), {@code end} exclusive. The message
 * says what to do instead and never repeats the matched text, which may be private data.
 */
public record Finding(
        @Schema(required = true) FindingCode code,
        @Schema(required = true) Severity severity,
        @Schema(required = true) String message,

        @Schema(
                description = "UTF-16 offset where it starts; null where the caller may not see it (the"
                        + " customer's name, to a caller without pii:read).",
                required = true,
                nullable = true)
        Integer start,

        @Schema(
                description = "UTF-16 offset where it ends, exclusive; null with start.",
                required = true,
                nullable = true)
        Integer end) {

    /** A finding with its code's own severity and message. */
    public static Finding of(FindingCode code, int start, int end) {
        return new Finding(code, code.severity(), code.message(), start, end);
    }

    /** The same finding at another place in the text (null: nowhere the caller may see). */
    public Finding at(Integer otherStart, Integer otherEnd) {
        return new Finding(code, severity, message, otherStart, otherEnd);
    }

    /** The same finding without where it stands. */
    public Finding withoutPosition() {
        return at(null, null);
    }

    boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
