package dev.reviewflow.devmode;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewflow.security.SecuritySettings;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DevBootstrapKeyTest {

    @TempDir
    Path directory;

    @Test
    void devModesKeyHasTheFormTheStartRequiresAndIsKept() {
        String key = DevBootstrapKey.of(directory);
        assertEquals(Optional.of(key), SecuritySettings.bootstrapAdminKey(Optional.of(key)));
        assertEquals(key, DevBootstrapKey.of(directory));
    }
}
