package dev.reviewflow.complaint;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.reviewflow.common.error.ValidationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever a client sends as {@code cursor}, decoding either gives back exactly a cursor the
 * service issues or fails with the validation exception (a 422); nothing else escapes it.
 */
class PageCursorPropertiesTest {

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    @Property(tries = 500)
    void anyTextIsAnIssuedCursorOrInvalid(@ForAll("anyText") String cursor) {
        assertIssuedOrInvalid(cursor);
    }

    @Property(tries = 2_000)
    void anyWellEncodedContentIsAnIssuedCursorOrInvalid(@ForAll("cursorLike") String cursor) {
        assertIssuedOrInvalid(cursor);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(300);
    }

    /** Base64 of "version|seconds|nanos|id" with every number a long, and ids valid or not. */
    @Provide
    Arbitrary<String> cursorLike() {
        Arbitrary<String> version = Arbitraries.of("c1", "c2", "", "C1");
        Arbitrary<String> number = Arbitraries.oneOf(
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.longs().between(-1, 999_999_999_999L).map(String::valueOf),
                Arbitraries.strings().numeric().ofMaxLength(25),
                Arbitraries.of("", "-", "+1", "-0", "00", "1e9", " 1"));
        Arbitrary<UUID> uuid =
                Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
        Arbitrary<String> id = Arbitraries.oneOf(
                uuid.map(UUID::toString),
                uuid.map(value -> value.toString().toUpperCase()),
                Arbitraries.strings().withChars("0123456789abcdefABCDEF-").ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(40));
        Arbitrary<String> tail = Arbitraries.of("", "", "", "|", "|x", "\n", "\u0000");
        return Combinators.combine(version, number, number, id, tail)
                .as((v, seconds, nanos, identifier, end) -> v + "|" + seconds + "|" + nanos + "|" + identifier + end)
                .map(raw ->
                        Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertIssuedOrInvalid(String cursor) {
        PageCursor decoded;
        try {
            decoded = PageCursor.decode(cursor);
        } catch (ValidationException invalid) {
            return;
        }
        assertEquals(cursor, decoded.encode(), "an accepted cursor is one the service would issue");
        assertTrue(
                !decoded.receivedAt().isBefore(EARLIEST)
                        && !decoded.receivedAt().isAfter(LATEST),
                () -> "an accepted cursor's time fits PostgreSQL: " + decoded.receivedAt());
    }
}
