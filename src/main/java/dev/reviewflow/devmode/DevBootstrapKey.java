package dev.reviewflow.devmode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.reviewflow.security.ApiKeySecrets;

/**
 * Dev mode's bootstrap admin key, so that {@code ./mvnw quarkus:dev} needs no configuration: made
 * once, kept beside the dev database (so keys and data survive restarts together) and printed at
 * start beside the dev workspace's key ({@link DevWorkspace}). Production has no such default: its
 * key comes from a Secret.
 */
final class DevBootstrapKey {

    private static final String FILE = "bootstrap-admin-key";

    private DevBootstrapKey() {}

    static synchronized String of(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDirectory);
                // The same form as every key, which the start-up check of the bootstrap key requires.
                Files.writeString(file, ApiKeySecrets.generate());
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the dev bootstrap key in " + file, e);
        }
    }
}
