package dev.reviewflow.complaint;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.reviewflow.common.error.ValidationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageCursorTest {

    @Test
    void aCursorRoundTrips() {
        PageCursor cursor = new PageCursor(Instant.parse("2026-11-22T09:30:00.123456Z"), UUID.randomUUID());
        assertEquals(cursor, PageCursor.decode(cursor.encode()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "%%%", "bm9wZQ", "YzF8MXwyfG5vdC1hLXV1aWQ"})
    void anythingElseIsAnInvalidCursor(String cursor) {
        assertThrows(ValidationException.class, () -> PageCursor.decode(cursor));
    }
}
