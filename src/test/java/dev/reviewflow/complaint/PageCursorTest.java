package dev.reviewflow.complaint;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.reviewflow.common.error.FieldViolation;
import dev.reviewflow.common.error.ValidationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageCursorTest {

    private static final String ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

    @Test
    void aCursorRoundTrips() {
        PageCursor cursor = new PageCursor(Instant.parse("2026-11-22T09:30:00.123456Z"), UUID.randomUUID());
        assertEquals(cursor, PageCursor.decode(cursor.encode()));
    }

    @Test
    void theEarliestAndLatestInstantsOfFourDigitYearsRoundTrip() {
        for (String at : new String[] {"0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z"}) {
            PageCursor cursor = new PageCursor(Instant.parse(at), UUID.fromString(ID));
            assertEquals(cursor, PageCursor.decode(cursor.encode()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "%%%", "bm9wZQ", "YzF8MXwyfG5vdC1hLXV1aWQ", "c1|1|0|" + ID})
    void anythingElseIsAnInvalidCursor(String cursor) {
        assertInvalid(cursor);
    }

    /** What the cursor holds once base64 is undone: each one is well-encoded but not a cursor the service issues. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                // Epoch seconds and nanoseconds that overflow Instant's arithmetic or range.
                "c1|9223372036854775807|1000000000|" + ID,
                "c1|9223372036854775807|999999999|" + ID,
                "c1|-9223372036854775808|0|" + ID,
                "c1|1|9223372036854775807|" + ID,
                "c1|99999999999999999999999|0|" + ID,
                // Valid Instants that PostgreSQL cannot compare with (beyond year 9999 or before year 1).
                "c1|31556889864403199|999999999|" + ID,
                "c1|253402300800|0|" + ID,
                "c1|-62135596801|0|" + ID,
                // Nanoseconds outside one second.
                "c1|1|-1|" + ID,
                "c1|1|1000000000|" + ID,
                // Numbers written in a way the service never writes them.
                "c1|+1|0|" + ID,
                "c1|007|0|" + ID,
                "c1|1|00|" + ID,
                "c1|-0|0|" + ID,
                "c1| 1|0|" + ID,
                "c1|1e3|0|" + ID,
                // Ids that are not a UUID as the service writes it.
                "c1|1|0|not-a-uuid",
                "c1|1|0|1-1-1-1-1",
                "c1|1|0|0F8FAD5B-D9CB-469F-A165-70867728950E",
                "c1|1|0|0f8fad5bd9cb469fa16570867728950e",
                "c1|1|0|",
                // Wrong version, wrong number of parts, trailing garbage.
                "c2|1|0|" + ID,
                "|1|0|" + ID,
                "c1|1|" + ID,
                "c1|1|0|" + ID + "|",
                "c1|1|0|" + ID + "|x",
                "c1|1|0|" + ID + "\n",
                "c1|1|0|" + ID + "\u0000",
                "c1||1|0|" + ID,
            })
    void aWellEncodedCursorWithTheWrongContentIsInvalid(String raw) {
        assertInvalid(encode(raw));
    }

    @Test
    void aCursorWithPaddingOrTrailingJunkIsInvalid() {
        String issued = new PageCursor(Instant.parse("2026-11-22T09:30:00.123456Z"), UUID.fromString(ID)).encode();
        assertInvalid(issued + "=");
        assertInvalid(issued + "==");
        assertInvalid(issued + "A");
        assertInvalid(issued + "!");
        assertInvalid(issued + " ");
        assertInvalid(" " + issued);
    }

    @Test
    void bytesThatAreNotUtf8AreInvalid() {
        byte[] bytes = ("c1|1|0|" + ID).getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 1] = (byte) 0xff;
        assertInvalid(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    @Test
    void tenKilobytesOfJunkAreInvalid() {
        assertInvalid("A".repeat(10_240));
        assertInvalid(encode("c1|1|0|" + ID + "x".repeat(10_240)));
        assertInvalid("\uD83D\uDE00".repeat(5_120));
    }

    private static String encode(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertInvalid(String cursor) {
        ValidationException rejected = assertThrows(ValidationException.class, () -> PageCursor.decode(cursor));
        assertEquals(
                List.of("cursor"),
                rejected.problem().errors().stream().map(FieldViolation::field).toList());
    }
}
