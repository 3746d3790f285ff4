package dev.reviewflow.reply.guard;

/**
 * One thing the reply guard found. {@code start} and {@code end} are UTF-16 offsets into the
 * original reply text (as Java and JavaScript index strings), {@code end} exclusive. The message
 * says what to do instead and never repeats the matched text, which may be private data.
 */
public record Finding(FindingCode code, Severity severity, String message, int start, int end) {

    /** A finding with its code's own severity and message. */
    public static Finding of(FindingCode code, int start, int end) {
        return new Finding(code, code.severity(), code.message(), start, end);
    }

    boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
