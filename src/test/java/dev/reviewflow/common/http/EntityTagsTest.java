package dev.reviewflow.common.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.reviewflow.common.error.PreconditionFailedException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EntityTagsTest {

    @Test
    void theTagIsTheVersionInQuotes() {
        assertEquals("\"7\"", EntityTags.of(7));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"\"7\"", "*", "\"3\", \"7\"", " \"7\" "})
    void aMissingWildcardOrMatchingIfMatchPasses(String ifMatch) {
        assertDoesNotThrow(() -> EntityTags.requireMatch(ifMatch, 7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"6\"", "7", "W/\"7\"", "\"3\", \"8\""})
    void anyOtherIfMatchIsRefused(String ifMatch) {
        assertThrows(PreconditionFailedException.class, () -> EntityTags.requireMatch(ifMatch, 7));
    }
}
