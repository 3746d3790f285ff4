package dev.reviewflow.devmode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

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
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                Files.writeString(
                        file, "rf_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random));
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the dev bootstrap key in " + file, e);
        }
    }
}
